"""Warnings and threats that threaten nobody (PLOVER THREATEN: "coercive or forceful warnings with serious
potential repercussions", of an act the warner would bring about).

- Opposing a course with nobody warned advises or opposes: "the senators warned against the deal", "some
  warned against the militia's involvement" ("China warned the US against retaliation" warns a party).
- Cautioning one's own side is advice or lobbying: "business groups warned the administration against a
  pullout", "lawmakers warned the White House not to accept the deal".
- Alerting to another side's deed tells a fact: "NATO warned of Russia moving troops", "critics warned of
  Russian efforts to sway the vote" ("warned of consequences", "warned of a deadline" stay threats).
- A bare warning noun with nothing warned of nor anyone warned is a headline's word: "Kremlin warning".
- A forecast is no threat: "warned that this would eliminate jobs", "warned MPs they would be putting
  everything at risk", "warned that the new adviser would face challenges", "warned that a coalition would
  likely pass the bill" (see ``forecast_subject``; triggers.py reads the that-clause).
- A vow of a hostile act is a threat, no agreement: "vowed to rejoin the fight", "vowed to defeat the
  militants" (``hostile_vow``; the coder recodes it).
- An outcome at risk is no threat: "the fighting threatens to plunge the country into chaos", "the party
  threatens to siphon away votes" ("threatened to cut aid", "to strike" stay threats).

The words are lists in ``data/grammar.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newsevents.coding.grammar import NOUN_TAGS, Grammar, child, children
from newsevents.coding.matcher import Match
from newsevents.coding.ontology import AGREE_ROOT, THREATEN_ROOT
from newsevents.records import Actor

_CONTENT_DEPS = frozenset({"prep", "acl", "ccomp", "relcl", "advcl", "xcomp", "dobj", "dative"})
_DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def idle_caution(m: Match, grammar: Grammar, actors: dict[int, Actor], own_side: Collection[str | None]) -> bool:
    """Whether a threat pattern's warning or "threaten to" names no act of the warner's (see the module
    docstring); ``own_side``: the countries of the warner."""
    if m.pattern.code[:2] != THREATEN_ROOT:
        return False
    if m.trigger.lemma_.lower() in grammar.endangering_verbs:
        return _outcome_at_risk(m.trigger, grammar)
    if m.words or m.trigger.lemma_.lower() not in grammar.warning_verbs:
        return False
    trig = m.trigger
    return (_opposed_course(trig) or _own_side_cautioned(trig, grammar, actors, own_side)
            or _alerted_deed(trig, grammar, actors, own_side) or _empty_warning(trig))


def _opposed_course(trig: Token) -> bool:
    """ "warned against the deal", "cautioned against a rush to war": a course opposed, with nobody warned."""
    if child(trig, "dobj", "dative") is not None or trig.pos_ != "VERB":
        return False
    return any(p.lower_ == "against" and child(p, "pobj", "pcomp") is not None for p in children(trig, "prep"))


def _own_side_cautioned(trig: Token, grammar: Grammar, actors: dict[int, Actor],
                        own_side: Collection[str | None]) -> bool:
    """ "lawmakers warned the White House against accepting the deal", "warned the president not to act":
    a course advised to one's own country's side, not a penalty threatened (a that-clause is read apart).
    Rebels, the opposition or protesters and their state are no one side ("the army warned protesters not to
    approach the headquarters", "the government warned the rebels to lay down their arms")."""
    warned = child(trig, "dobj", "dative")
    if warned is None or warned.i not in actors or warned.pos_ == "PRON" or child(trig, "ccomp") is not None:
        return False  # (a pronoun's actor is too often the warner's by mistake: "Trump warned it not to")
    if any(_against_the_state(t, grammar, actors) for t in [warned, *children(trig, "nsubj")]):
        return False
    country = actors[warned.i].country
    if country is None or country not in own_side:
        return False
    against = any(p.lower_ == "against" for p in children(trig, "prep"))
    return against or child(trig, "xcomp") is not None or child(warned, "xcomp") is not None


def _against_the_state(tok: Token, grammar: Grammar, actors: dict[int, Actor]) -> bool:
    """Whether a party stands against its own state: rebels, the opposition, a party, a crowd of protesters."""
    sector = actors[tok.i].sector if tok.i in actors else None
    adversary = sector is not None and sector.lower() in grammar.adversary_sectors
    return adversary or tok.lemma_.lower() in grammar.crowd_nouns


def _alerted_deed(trig: Token, grammar: Grammar, actors: dict[int, Actor], own_side: Collection[str | None]) -> bool:
    """ "warned of Russia moving troops", "warning of Russian efforts to sway the vote": what is warned of is
    another side's deed, told as a fact; "warned of consequences" (a penalty) and "of a deadline" are threats."""
    preps = [p for p in children(trig, "prep") if p.lower_ in grammar.warned_of_preps]
    for noun in [o for p in preps for o in children(p, "pobj", "pcomp")]:
        if noun.lemma_.lower() in grammar.consequence_words:
            return False
        doers = [noun] if noun.i in actors else []  # "of Russian tanks", "of Russia moving troops"
        doers += [c for c in noun.children if c.dep_ in _DOER_DEPS and (c.i in actors or c.ent_type_ == "NORP")]
        doers += [s for s in children(noun, "nsubj") if noun.pos_ == "VERB" and s.i in actors]  # (as a gerund)
        if any(d.i not in actors or actors[d.i].country not in own_side for d in doers):
            return True
    return False


def _empty_warning(trig: Token) -> bool:
    """ "Kremlin warning" as a headline: a warning noun (or a bare "-ing" with no auxiliary) with nothing warned
    of nor anyone warned."""
    bare = trig.tag_ == "VBG" and child(trig, "aux") is None
    if trig.pos_ not in NOUN_TAGS and not bare:
        return False
    return not any(c.dep_ in _CONTENT_DEPS for c in trig.children)


def _outcome_at_risk(trig: Token, grammar: Grammar) -> bool:
    """ "the fighting threatens to plunge the country into chaos", "the party threatens to siphon away votes":
    an outcome that befalls, not an act one side holds over another."""
    outcome = child(trig, "xcomp")
    return outcome is not None and outcome.lemma_.lower() in grammar.befalling_outcomes


def hostile_vow(m: Match, grammar: Grammar) -> bool:
    """ "vowed to rejoin the fight", "vowed to defeat the militants", "vowed that the army would carry out its
    campaign against the rebels": a bare vow (CAMEO 030) whose content is a hostile act commits to no cooperation
    (PLOVER AGREE); it warns of the act (THREATEN). A vow with a pattern of its own is coded by that pattern."""
    trig = m.trigger
    if m.pattern.code[:2] != AGREE_ROOT or m.words or trig.lemma_.lower() not in grammar.vowing_verbs:
        return False
    for act in children(trig, "xcomp", "ccomp"):
        objects = [o.lemma_.lower() for o in children(act, "dobj")]
        if act.lemma_.lower() in grammar.hostile_vowed_acts or set(objects) & grammar.hostile_vowed_acts:
            return True
    return False


def forecast_subject(clause: Token, subject: Token, warner_objects: list[Token], grammar: Grammar) -> bool:
    """In "X warned (Y) that S would ...", whether S is not the warner: a thing ("this", "that"), the one
    warned ("warned MPs they would ...", "warned him he would ..."), or a person named ("warned that the new
    adviser would face challenges"); or the clause is a forecast ("would likely pass")."""
    if any(c.dep_ == "advmod" and c.lower_ in grammar.likelihood_words for c in clause.children):
        return True
    word = subject.lower_
    if subject.pos_ == "PRON":
        if word in grammar.first_person:
            return False  # the warner speaking of itself
        if word in grammar.demonstrative_pronouns or word in grammar.second_person:
            return True
        if _done_to(clause) or _on_condition(clause, subject, grammar):
            return False  # "warned the commanders they would be targeted", "... they would pay if they ...":
            # what the warner would do to them, or what would befall them upon a deed of theirs
        plural = word in grammar.plural_third_person
        return any((o.tag_ in {"NNS", "NNPS"}) == plural and o.tag_ in {"NNS", "NNPS", "PRP"} for o in warner_objects)
    return subject.ent_type_ == "PERSON"


def _done_to(clause: Token) -> bool:
    """A clause in the passive ("they would be targeted", "he would be arrested"): an act done to its subject,
    which a warning to that subject holds over it."""
    return child(clause, "nsubjpass", "auxpass") is not None


def _on_condition(clause: Token, subject: Token, grammar: Grammar) -> bool:
    """A clause that holds upon a deed of its own subject ("they would have bigger problems if they restarted the
    programme"): a consequence put to a deed of the one warned, the mark of a threat ("they would lose their
    market if the talks failed" forecasts)."""
    conditions = [c for c in children(clause, "advcl") if any(m.lower_ in grammar.condition_marks
                                                               for m in children(c, "mark"))]
    return any(s.lower_ == subject.lower_ for c in conditions for s in children(c, "nsubj"))
