"""newsie: who did what to whom in news text.

newsie finds people, countries, organizations and weapons with gazetteers,
and typed relations between them (supply, use, attack, sanction, train,
support, accuse, role), each with its evidence sentence, the rule that
fired and its factuality. This package is the Rust library's binding:

>>> import newsie
>>> ex = newsie.Extractor()
>>> rec = ex.extract("Peru sold drones to Chile.")
>>> [(r["type"], r["args"]["supplier"]["id"], r["args"]["recipient"]["id"]) for r in rec["relations"]]
[('supply', 'PER', 'CHL')]

Records are dicts with the schema of the ``extract`` binary's JSON Lines
records, with character offsets (``text[start:end]`` is the mention) and the
byte offsets kept as ``byte_start``/``byte_end``. ``newsie.spacy`` holds the
spaCy component (``nlp.add_pipe("newsie")``).
"""

from typing import TYPE_CHECKING

from ._newsie import Error, Extractor, __version__

if TYPE_CHECKING:  # the record types exist for type checkers only
    from ._newsie import Mention, Offsets, Record, Relation, RelationSchema, RoleSchema

__all__ = ["Error", "Extractor", "__version__"]

# Extractors rebuilt from pickles, by configuration: the tasks that one
# worker process runs (Spark reuses its Python workers) build once.
_REBUILT: dict = {}
_REBUILT_MAX = 8


def _rebuild(state: dict) -> Extractor:
    """Unpickles an extractor (``Extractor.__reduce__`` names this)."""
    key = (
        tuple(map(tuple, state["gazetteers"])),
        tuple(map(tuple, state["rules"])),
        tuple(state["disable"]),
        state["default_gazetteers"],
        state["default_rules"],
    )
    ex = _REBUILT.get(key)
    if ex is None:
        ex = Extractor._from_state(state)
        if len(_REBUILT) >= _REBUILT_MAX:
            _REBUILT.pop(next(iter(_REBUILT)))
        _REBUILT[key] = ex
    return ex
