"""Type stubs of the extension module (re-exported by ``newsie``)."""

import os
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from typing_extensions import NotRequired, TypedDict, final

__version__: str

# The TypedDicts below exist for type checkers only: import them under
# `if typing.TYPE_CHECKING:`.

StrPath = Union[str, "os.PathLike[str]"]

class Offsets(TypedDict):
    """A sentence: character offsets, and the UTF-8 byte offsets."""

    start: int
    end: int
    byte_start: int
    byte_end: int

# An entity mention: "type" (COUNTRY, ORGANIZATION, PERSON, LOCATION,
# WEAPON), "id", "text", "start", "end" (characters), "byte_start",
# "byte_end", "kind" (name, abbr, demonym, capital, seat, surname), "name"
# (the canonical name), then the gazetteer entry's attributes ("class" and
# "origin" of a weapon, "country" and "title" of a person, ...). A role
# filled by text has only "text" and the offsets.
Mention = Dict[str, Any]

class Relation(TypedDict):
    type: str
    factuality: str
    rule: str
    sentence: Offsets
    evidence: NotRequired[str]
    source: NotRequired[Mention]
    args: Dict[str, Mention]

class Record(TypedDict):
    id: Any
    entities: List[Mention]
    relations: List[Relation]
    cut_relations: NotRequired[int]
    error: Optional[str]

class RoleSchema(TypedDict):
    name: str
    required: bool
    types: List[str]

class RelationSchema(TypedDict):
    name: str
    roles: List[RoleSchema]

class Error(ValueError):
    """A gazetteer or rule file that newsie cannot build from; the message
    has file:line:column and a caret under the fault."""

    kind: str
    file: Optional[str]
    line: Optional[int]
    column: Optional[int]

@final
class Extractor:
    """Finds entities and relations in news text."""

    def __new__(
        cls,
        *,
        gazetteers: Optional[Sequence[StrPath]] = None,
        rules: Optional[Sequence[StrPath]] = None,
        disable: Optional[Sequence[str]] = None,
        default_gazetteers: bool = True,
        default_rules: bool = True,
    ) -> "Extractor": ...
    def extract(self, text: str, *, id: Any = None, evidence: bool = False) -> Record: ...
    def extract_batch(
        self,
        texts: Iterable[str],
        *,
        ids: Optional[Iterable[Any]] = None,
        threads: Optional[int] = None,
        evidence: bool = False,
    ) -> List[Record]: ...
    def relation_schema(self) -> List[RelationSchema]: ...
    def rule_ids(self) -> List[str]: ...
    def __copy__(self) -> "Extractor": ...
    def __deepcopy__(self, memo: Any) -> "Extractor": ...
    def __reduce__(self) -> Tuple[Any, ...]: ...
    @staticmethod
    def _from_state(state: Dict[str, Any]) -> "Extractor": ...
    def _state(self) -> Dict[str, Any]: ...
