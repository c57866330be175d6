"""The CAMEO event ontology: codes, names, Goldstein values, quad classes and PLOVER types.

The table lives in ``data/cameo.csv`` (documented in its ``#`` header). Load it once with
``Ontology.load()`` and pass the instance to whoever needs it; nothing here is global.
"""

from __future__ import annotations

import csv
import importlib.resources
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from newsevents.errors import DataFileError
from newsevents.records import Plover

#: The 16 PLOVER event types, in the manual's order.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: The two-digit CAMEO roots the coding rules test (``code[:2]``), named once here.
STATEMENT_ROOT = "01"
REQUEST_ROOT = "02"
AGREE_ROOT = "03"
CONSULT_ROOT = "04"
SUPPORT_ROOT = "05"
AID_ROOT = "07"
YIELD_ROOT = "08"
INVESTIGATE_ROOT = "09"
DEMAND_ROOT = "10"
ACCUSE_ROOT = "11"
REJECT_ROOT = "12"
THREATEN_ROOT = "13"
PROTEST_ROOT = "14"
COERCE_ROOT = "17"
#: Deny responsibility (016): PLOVER REJECT in data/cameo.csv, the one statement code with a type.
DENIAL_CODE = "016"
#: Appeals and demands (02, 10): what they ask for is an act still to come, and its own.
ASKING_ROOTS = frozenset({REQUEST_ROOT, DEMAND_ROOT})
#: What a protest says (demands, accusations, rejections): coded with the protest, the act first.
MESSAGE_ROOTS = frozenset({REQUEST_ROOT, DEMAND_ROOT, ACCUSE_ROOT, REJECT_ROOT})
COLUMNS: tuple[str, ...] = (
    "code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context",
)


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its scores and PLOVER equivalent ("" where PLOVER has none)."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str
    plover_context: tuple[str, ...]

    @property
    def root(self) -> str:
        """The two-digit cue category, e.g. "04" for "043"."""
        return self.code[:2]

    @property
    def parent(self) -> str | None:
        """The code one level up ("0311" -> "031", "031" -> "03"), or None for a root."""
        return self.code[:-1] if len(self.code) == 4 else self.code[:2] if len(self.code) == 3 else None


class Ontology:
    """All CAMEO event codes, looked up by code string ("043", "0311")."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = dict(codes)

    @classmethod
    def load(cls, path: Traversable | Path | None = None) -> Ontology:
        """Read a cameo.csv table; by default the one packaged with newsevents."""
        source: Traversable | Path = (
            path if path is not None else importlib.resources.files("newsevents") / "data" / "cameo.csv"
        )
        where = str(source)
        codes: dict[str, CameoCode] = {}
        header_seen = False
        for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = next(csv.reader([line]))
            if not header_seen:
                if tuple(f.strip() for f in fields) != COLUMNS:
                    raise DataFileError(where, lineno, f"expected header {','.join(COLUMNS)}, got {line!r}")
                header_seen = True
                continue
            entry = _parse_row(fields, where, lineno)
            if entry.code in codes:
                raise DataFileError(where, lineno, f"duplicate CAMEO code {entry.code!r}")
            codes[entry.code] = entry
        if not header_seen:
            raise DataFileError(where, None, "no header line and no rows")
        return cls(codes)

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO event code {code!r} (codes are strings with a leading "
                           f"zero, e.g. '043')") from None

    def get(self, code: str) -> CameoCode | None:
        return self._codes.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)

    def plover(self, code: str) -> Plover | None:
        """The PLOVER record for a CAMEO code; None for 01x statements, which PLOVER drops (but 016, a
        denial, is REJECT: data/cameo.csv)."""
        entry = self[code]
        if not entry.plover_type:
            return None
        return Plover(type=entry.plover_type, mode=entry.plover_mode or None, context=entry.plover_context)


def _parse_row(fields: list[str], where: str, lineno: int) -> CameoCode:
    if len(fields) != len(COLUMNS):
        raise DataFileError(where, lineno, f"expected {len(COLUMNS)} columns, got {len(fields)}")
    code, name, goldstein, quad, ptype, mode, context = (f.strip() for f in fields)
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise DataFileError(where, lineno, f"CAMEO code must be 2-4 digits, got {code!r}")
    if not name:
        raise DataFileError(where, lineno, f"code {code}: empty name")
    try:
        score = float(goldstein)
        quad_class = int(quad)
    except ValueError:
        raise DataFileError(where, lineno, f"code {code}: goldstein {goldstein!r} must be a number "
                                           f"and quad_class {quad!r} an integer") from None
    if not -10.0 <= score <= 10.0:
        raise DataFileError(where, lineno, f"code {code}: goldstein {score} outside -10..10")
    if quad_class not in (1, 2, 3, 4):
        raise DataFileError(where, lineno, f"code {code}: quad_class {quad_class} not in 1..4")
    if ptype and ptype not in PLOVER_TYPES:
        raise DataFileError(where, lineno, f"code {code}: {ptype!r} is not one of the 16 PLOVER types")
    contexts = tuple(c.strip() for c in context.split(";") if c.strip())
    if not ptype and (mode or contexts):
        raise DataFileError(where, lineno, f"code {code}: PLOVER mode or context without a PLOVER type")
    return CameoCode(code, name, score, quad_class, ptype, mode, contexts)
