"""newsie as a spaCy pipeline component.

Importing this module registers the factory ``"newsie"`` (the package's
``spacy_factories`` entry point does the same without the import, so
``nlp.add_pipe("newsie")`` is enough)::

    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("newsie")                       # embedded gazetteers and rules
    nlp.add_pipe("newsie", config={"gazetteers": ["my_people.tsv"], "disable": ["support"]})

For each document the component sets:

- ``doc.spans["newsie"]``: every entity mention, as a ``Span`` with the
  entity type as label and the newsie id as ``kb_id_``;
- ``doc.ents``: the same mentions that overlap neither each other nor the
  entities already there (``overwrite_ents=True`` lets newsie's win);
- ``doc._.newsie_relations``: the relations, as :class:`Relation` objects
  whose roles, source and evidence sentence are ``Span`` s;
- ``doc._.newsie_record``: the record itself (a dict, as
  ``Extractor.extract`` returns it, with entity attributes such as a
  weapon's ``class`` and ``origin``).

Spans are made with ``doc.char_span(..., alignment_mode="expand")``: where
spaCy's tokens and newsie's differ, a span covers the tokens the mention
touches. ``nlp.pipe`` sends each batch to ``Extractor.extract_batch``.

>>> import spacy, newsie.spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("newsie")
>>> doc = nlp("Peru sold drones to Chile, officials said.")
>>> [(e.text, e.label_, e.kb_id_) for e in doc.ents]
[('Peru', 'COUNTRY', 'PER'), ('drones', 'WEAPON', 'drone'), ('Chile', 'COUNTRY', 'CHL')]
>>> r = doc._.newsie_relations[0]
>>> r.type, r.factuality, r.roles["supplier"].kb_id_, r.roles["recipient"].text
('supply', 'asserted', 'PER', 'Chile')
>>> r.evidence.text
'Peru sold drones to Chile, officials said.'
"""

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Iterator, List, Optional

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from spacy.util import filter_spans, minibatch
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        "newsie.spacy needs spaCy: pip install 'newsie[spacy]' (or pip install spacy)"
    ) from e

from . import Extractor

__all__ = ["NewsieComponent", "Relation", "make_newsie"]


@dataclass(frozen=True)
class Relation:
    """A relation newsie found in a ``Doc``.

    ``roles`` maps each filled role (``supplier``, ``item``, ...) to its
    ``Span``: an entity mention, labelled with its type and with the newsie
    id as ``kb_id_``, or plain text (a ``title``) without a label.
    ``evidence`` is the sentence that states it, ``source`` who alleges or
    denies it when the sentence names them, ``rule`` the rule that fired.
    ``data`` is the relation as the record has it.
    """

    type: str
    factuality: str
    rule: str
    roles: Dict[str, Span]
    evidence: Span
    source: Optional[Span]
    data: Dict[str, Any] = field(repr=False)


def _span(doc: Doc, part: Dict[str, Any], with_label: bool = True) -> Optional[Span]:
    if with_label and "type" in part:
        return doc.char_span(
            part["start"],
            part["end"],
            label=part["type"],
            kb_id=part["id"],
            alignment_mode="expand",
        )
    return doc.char_span(part["start"], part["end"], alignment_mode="expand")


def _relations(doc: Doc) -> List[Relation]:
    """The getter of ``doc._.newsie_relations``: made from the record each
    time, so that a ``Doc`` keeps only plain data (it serializes, and
    crosses processes)."""
    record = doc._.newsie_record
    if not record:
        return []
    out = []
    for r in record["relations"]:
        roles = {}
        for role, arg in r["args"].items():
            span = _span(doc, arg)
            if span is not None:
                roles[role] = span
        evidence = _span(doc, r["sentence"], with_label=False)
        if evidence is None:  # pragma: no cover - a sentence always has a token
            continue
        source = _span(doc, r["source"]) if "source" in r else None
        out.append(
            Relation(
                type=r["type"],
                factuality=r["factuality"],
                rule=r["rule"],
                roles=roles,
                evidence=evidence,
                source=source,
                data=r,
            )
        )
    return out


def _register_extensions() -> None:
    if not Doc.has_extension("newsie_record"):
        Doc.set_extension("newsie_record", default=None)
    if not Doc.has_extension("newsie_relations"):
        Doc.set_extension("newsie_relations", getter=_relations)


class NewsieComponent:
    """The pipeline component: an :class:`newsie.Extractor` and where to put
    what it finds (see the module's documentation)."""

    def __init__(
        self,
        nlp: Optional[Language] = None,
        name: str = "newsie",
        *,
        extractor: Optional[Extractor] = None,
        spans_key: str = "newsie",
        set_ents: bool = True,
        overwrite_ents: bool = False,
        threads: Optional[int] = None,
    ) -> None:
        _register_extensions()
        self.name = name
        self.extractor = extractor if extractor is not None else Extractor()
        self.spans_key = spans_key
        self.set_ents = set_ents
        self.overwrite_ents = overwrite_ents
        self.threads = threads

    def __call__(self, doc: Doc) -> Doc:
        self._annotate(doc, self.extractor.extract(doc.text))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Annotates documents a batch at a time, with one
        ``Extractor.extract_batch`` call per batch."""
        for docs in minibatch(stream, size=batch_size):
            records = self.extractor.extract_batch([d.text for d in docs], threads=self.threads)
            for doc, record in zip(docs, records):
                self._annotate(doc, record)
                yield doc

    def _annotate(self, doc: Doc, record: Dict[str, Any]) -> None:
        doc._.newsie_record = record
        spans = []
        for e in record["entities"]:
            span = _span(doc, e)
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.set_ents and spans:
            _set_ents(doc, spans, self.overwrite_ents)


def _set_ents(doc: Doc, spans: List[Span], overwrite: bool) -> None:
    """Adds `spans` to ``doc.ents`` without overlaps: among newsie's, the
    longest wins (spaCy's ``filter_spans``); against the entities already
    there, the old ones win unless `overwrite`."""
    new = filter_spans(spans)
    old = list(doc.ents)
    if not old:
        doc.ents = new
        return
    winners, losers = (new, old) if overwrite else (old, new)
    taken = bytearray(len(doc))
    for s in winners:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    kept = [s for s in losers if not any(taken[s.start : s.end])]
    doc.ents = sorted(winners + kept, key=lambda s: s.start)


@Language.factory(
    "newsie",
    default_config={
        "gazetteers": [],
        "rules": [],
        "disable": [],
        "default_gazetteers": True,
        "default_rules": True,
        "spans_key": "newsie",
        "set_ents": True,
        "overwrite_ents": False,
        "threads": None,
    },
)
def make_newsie(
    nlp: Language,
    name: str,
    gazetteers: List[str],
    rules: List[str],
    disable: List[str],
    default_gazetteers: bool,
    default_rules: bool,
    spans_key: str,
    set_ents: bool,
    overwrite_ents: bool,
    threads: Optional[int],
) -> NewsieComponent:
    """The ``"newsie"`` factory: builds the extractor from the config's files
    (paths, added to the embedded data unless ``default_*`` is false)."""
    extractor = Extractor(
        gazetteers=gazetteers,
        rules=rules,
        disable=disable,
        default_gazetteers=default_gazetteers,
        default_rules=default_rules,
    )
    return NewsieComponent(
        nlp,
        name,
        extractor=extractor,
        spans_key=spans_key,
        set_ents=set_ents,
        overwrite_ents=overwrite_ents,
        threads=threads,
    )
