"""Word lists for the grammar rules (``data/grammar.yaml``) and small parse helpers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import resources

import yaml
from spacy.tokens import Span, Token

from newsevents.errors import DataFileError

_FIELDS = ("speech_verbs", "demand_modals", "light_verbs", "object_control_verbs", "negating_verbs",
           "future_verbs", "future_aux", "hypothetical_aux", "condition_marks", "intent_governors",
           "negated_acceptance", "negating_nouns", "negating_marks", "purpose_nouns", "third_party_codes",
           "request_nouns", "permission_verbs", "agentless_roots", "occurrence_verbs", "agent_nouns",
           "killing_verbs", "office_nouns", "attitude_verbs", "generic_quantifiers",
           "past_passive_aux", "habitual_passive_aux", "festive_verbs")


@dataclass(frozen=True)
class Grammar:
    speech_verbs: frozenset[str]
    demand_modals: frozenset[str]
    light_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    future_verbs: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    condition_marks: frozenset[str]
    intent_governors: frozenset[str]
    negated_acceptance: frozenset[str]
    negating_nouns: frozenset[str]
    negating_marks: frozenset[str]
    purpose_nouns: frozenset[str]
    third_party_codes: frozenset[str]
    request_nouns: frozenset[str]
    permission_verbs: frozenset[str]
    agentless_roots: frozenset[str]
    occurrence_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    killing_verbs: frozenset[str]
    office_nouns: frozenset[str]
    attitude_verbs: frozenset[str]
    generic_quantifiers: frozenset[str]
    past_passive_aux: frozenset[str]
    habitual_passive_aux: frozenset[str]
    festive_verbs: frozenset[str]
    intent_codes: tuple[tuple[str, str], ...] = ()  # (prefix, intent code), longest prefix first

    @classmethod
    def load(cls) -> Grammar:
        src = resources.files("newsevents") / "data" / "grammar.yaml"
        data = yaml.safe_load(src.read_text(encoding="utf-8")) or {}
        missing = [f for f in _FIELDS if f not in data]
        if missing:
            raise DataFileError("grammar.yaml", None, f"missing lists: {', '.join(missing)}")
        intents = sorted(((str(k), str(v)) for k, v in (data.get("intent_codes") or {}).items()),
                         key=lambda kv: -len(kv[0]))
        return cls(**{f: frozenset(str(w).lower() for w in data[f]) for f in _FIELDS}, intent_codes=tuple(intents))

    def intent_code(self, code: str) -> str:
        """The CAMEO code for intending `code` ("will support" -> 032); unchanged if none applies."""
        for prefix, intent in self.intent_codes:
            if code.startswith(prefix):
                return intent
        return code

    def repair(self, sent: Span) -> None:
        """Relabel a parse error the rules depend on, in place.

        The small English model often attaches the infinitive of "vowed to fight", "refused to
        meet" or "called for Russia to agree" as an adverbial clause (purpose) instead of a
        complement; after verbs of intent and refusal, and with "for" before its subject, a
        to-infinitive is a complement, so it is relabelled ``xcomp``. After a noun of request,
        aim or refusal ("renewed calls to impose sanctions") it is that noun's content and is
        re-attached to it.
        """
        for tok in sent:
            noun = self._noun_before_infinitive(tok)
            if noun is not None:
                tok.head, tok.dep_ = noun, "acl"  # "renewed calls to impose sanctions": the calls' content
                continue
            if (tok.dep_ == "advcl" and tok.pos_ in {"VERB", "AUX"} and tok.i > tok.head.i
                    and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
                    and (tok.head.lemma_.lower() in self._complement_takers
                         or any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children))):
                tok.dep_ = "xcomp"  # also "called for Russia to reciprocate": a for-to complement

    def _noun_before_infinitive(self, verb: Token) -> Token | None:
        """The object noun of "renewed calls to impose" when the parser hung "to impose" on the verb."""
        if verb.dep_ != "advcl" or verb.i < 2:
            return None
        to, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
        if to.tag_ != "TO" or to.head.i != verb.i or noun.pos_ != "NOUN" or noun.head.i != verb.head.i:
            return None
        if noun.dep_ not in {"dobj", "nsubjpass", "attr", "nsubj"}:
            return None
        return noun if noun.lemma_.lower() in self._content_nouns else None

    @cached_property
    def _complement_takers(self) -> frozenset[str]:
        """Verbs whose to-infinitive is their complement (built once, read for every sentence)."""
        return self.future_verbs | self.intent_governors | self.negating_verbs

    @cached_property
    def _content_nouns(self) -> frozenset[str]:
        """Nouns whose to-infinitive says what they ask, aim at or refuse."""
        return self.request_nouns | self.purpose_nouns | self.negating_nouns

    def speech_head(self, token: Token) -> Token | None:
        """The reporting verb whose complement holds `token`'s clause ("said" in "X said Y met Z")."""
        t = token
        for _ in range(6):
            if t.dep_ in {"ccomp", "parataxis"} or (t.dep_ == "conj" and t.head.dep_ == "ccomp"):
                head = t.head if t.dep_ != "conj" else t.head.head
                if head.lemma_.lower() in self.speech_verbs:
                    return head
                t = head
                continue
            if t.dep_ in {"xcomp", "conj", "advcl"} and t.head != t:
                t = t.head
                continue
            return None
        return None


def child(token: Token, *deps: str) -> Token | None:
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Russia, South Korea and Japan")."""
    out = [token]
    for c in token.conjuncts:
        if c.i != token.i and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def is_passive(token: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
