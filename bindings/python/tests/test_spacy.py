"""The spaCy component on ``spacy.blank("en")``."""

import doctest
import subprocess
import sys

import pytest

spacy = pytest.importorskip(
    "spacy", reason="SKIPPED: spaCy is not installed (pip install 'newsie[spacy]'); the component was not tested"
)

import newsie  # noqa: E402
import newsie.spacy  # noqa: E402
from conftest import SENTENCES, TEXTS  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsie")
    return nlp


def summary(doc):
    """What the component put on a doc, as plain data."""
    return {
        "ents": [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents],
        "spans": [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans["newsie"]],
        "relations": [
            (
                r.type,
                r.factuality,
                r.rule,
                {role: (s.start_char, s.end_char, s.label_, s.kb_id_) for role, s in r.roles.items()},
                (r.evidence.start_char, r.evidence.end_char),
                None if r.source is None else r.source.kb_id_,
            )
            for r in doc._.newsie_relations
        ],
    }


def test_entities_and_relations(nlp):
    doc = nlp("Markets were calm. Peru sold Peruvian-made drones to Chile, officials said.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Peru", "COUNTRY", "PER"),
        ("Peruvian", "COUNTRY", "PER"),
        ("drones", "WEAPON", "drone"),
        ("Chile", "COUNTRY", "CHL"),
    ]
    assert [s.text for s in doc.spans["newsie"]] == [e.text for e in doc.ents]
    (r,) = doc._.newsie_relations
    assert (r.type, r.factuality) == ("supply", "asserted")
    assert isinstance(r.roles["supplier"], Span) and r.roles["supplier"].kb_id_ == "PER"
    assert (r.roles["recipient"].text, r.roles["item"].label_) == ("Chile", "WEAPON")
    assert r.evidence.text == "Peru sold Peruvian-made drones to Chile, officials said."
    assert r.rule in nlp.get_pipe("newsie").extractor.rule_ids()
    assert doc._.newsie_record["relations"][0] is r.data


def test_offsets_on_non_ascii(nlp):
    doc = nlp("Señora Núñez said 🚀 Perú sold drones to Chile.")
    # "Núñez" is a person by her title (the names stage); every span sits on
    # its text although the emoji and accents shift character offsets.
    assert [(e.text, e.kb_id_) for e in doc.ents] == [
        ("Núñez", "nunez"),
        ("Perú", "PER"),
        ("drones", "drone"),
        ("Chile", "CHL"),
    ]


def test_title_role_is_a_plain_span(nlp):
    doc = nlp("Israeli President Isaac Herzog spoke on Monday.")
    roles = [r for r in doc._.newsie_relations if r.type == "role"]
    assert roles, "the role rule should fire on this sentence"
    title = roles[0].roles.get("title")
    if title is not None:
        assert title.label_ == "" and title.text in doc.text


def test_pipe_uses_batches_and_equals_calls(nlp):
    comp = nlp.get_pipe("newsie")
    calls = []
    batch = comp.extractor.extract_batch

    class Counting:
        def extract_batch(self, texts, **kw):
            calls.append(len(texts))
            return batch(texts, **kw)

    comp.extractor, original = Counting(), comp.extractor
    try:
        piped = [summary(d) for d in nlp.pipe(TEXTS, batch_size=4)]
    finally:
        comp.extractor = original
    assert calls == [4] * (len(TEXTS) // 4) + ([len(TEXTS) % 4] if len(TEXTS) % 4 else [])
    assert piped == [summary(nlp(t)) for t in TEXTS]


def test_mentions_inside_one_spacy_token(nlp):
    # spaCy keeps "U.S.-Iranian" whole; newsie finds two countries in it.
    doc = nlp("U.S.-Iranian talks resumed.")
    assert [(s.text, s.kb_id_) for s in doc.spans["newsie"]] == [("U.S.-Iranian", "USA"), ("U.S.-Iranian", "IRN")]
    # Both cover the one token; doc.ents takes one of them.
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("U.S.-Iranian", "USA")]


def _ruler_nlp(overwrite):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE_OLD", "pattern": "Peru sold"}])
    nlp.add_pipe("newsie", config={"overwrite_ents": overwrite})
    return nlp


@pytest.mark.parametrize(
    "overwrite,want",
    [
        (False, [("Peru sold", "GPE_OLD"), ("drones", "WEAPON"), ("Chile", "COUNTRY")]),
        (True, [("Peru", "COUNTRY"), ("drones", "WEAPON"), ("Chile", "COUNTRY")]),
    ],
)
def test_existing_entities(overwrite, want):
    doc = _ruler_nlp(overwrite)("Peru sold drones to Chile.")
    assert [(e.text, e.label_) for e in doc.ents] == want
    assert len(doc.spans["newsie"]) == 3


def test_config_files_and_keys(tmp_path):
    g = tmp_path / "mine.tsv"
    g.write_text("acme\tORGANIZATION\tAcme Arms\tAcme\t\n", encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("newsie", config={"gazetteers": [str(g)], "spans_key": "sc", "set_ents": False, "threads": 1})
    doc = nlp("Acme Arms sold rifles to Peru.")
    assert [(s.text, s.kb_id_) for s in doc.spans["sc"]][0] == ("Acme Arms", "acme")
    assert list(doc.ents) == []


def test_bad_config_raises_newsie_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("acme\tORGANISATION\tAcme\t\t\n", encoding="utf-8")
    with pytest.raises(newsie.Error, match="bad.tsv:1:6"):
        spacy.blank("en").add_pipe("newsie", config={"gazetteers": [str(bad)]})


def test_docs_serialize(nlp):
    doc = nlp(SENTENCES[0])
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert summary(back) == summary(doc)


def test_entry_point_without_import():
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('newsie')\n"
        "doc = nlp('Peru sold drones to Chile.')\n"
        "print([e.kb_id_ for e in doc.ents], 'newsie' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['PER', 'drone', 'CHL'] True"
    assert "newsie" in Language.factories


def test_docstring_examples():
    test = doctest.DocTestParser().get_doctest(newsie.spacy.__doc__, {}, "newsie.spacy", None, 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert len(test.examples) >= 5 and runner.summarize(verbose=False).failed == 0


def test_pipe_in_processes_and_saved_pipelines(nlp, tmp_path):
    # n_process forks workers and sends Docs back serialized: the record
    # crosses with them and the relations are rebuilt from it.
    texts = SENTENCES * 2
    want = [summary(nlp(t)) for t in texts]
    assert [summary(d) for d in nlp.pipe(texts, n_process=2, batch_size=8)] == want
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert [summary(loaded(t)) for t in texts] == want
