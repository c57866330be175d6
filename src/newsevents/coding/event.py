"""The coder's output for one trigger and actor pair, before dates and places are attached."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsevents.records import Actor, Status


@dataclass
class CodedEvent:
    """An event before dates and places: the coder's output for one trigger and actor pair."""

    trigger: Token
    trigger_end: int  # doc index one past the last trigger token
    code: str
    source: Actor | None
    target: Actor | None
    status: Status
    attribution: Actor | None
    rule: str
    confidence: float
    actor_tokens: list[tuple[int, int]] = field(default_factory=list)
