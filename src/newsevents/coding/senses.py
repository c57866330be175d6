"""More senses of event words that name no act of one actor on another (the first ones: ``guards.py``).

A question is no request: "Asked whether she backs the budget, the senator said ...", "“Why now?” the
minister asked.", "asked if Norway might sell the islands". A view is no agreement: "the senator agrees that the deal
failed", "everyone outside Congress agrees". Going on is no demand: "the army pressed on with the dig".
An official fired is dismissed, not shot at; a problem recognized is admitted, not a state recognized; a
visit postponed because it had to be is no coercion; a country's "strengthening ties" describe a trend.
"Hard talk" is rhetoric, not talks; a petition or a jail term received is no visit hosted; "demonstrated
its strength" shows, no protest; "seized on her remarks" exploits, seizes nothing; "the ruling forced
the cabinet to rethink" and "the speech offers hope" are things at work, not actors. "Bandits who raid
villages" and "any senator who backs the tax" say what kind of doer is meant, not what one did.
"Warned against dwelling on the past" (nobody warned) advises; a threat warns of one's own act.
"The mayor talked at length about the city's history" is speech on a topic, not talks with anyone; "“Why do
you back him?” a reporter asked" puts a question inside its quote, and asserts no backing. "Gave him a
thumbs up" gestures and gives nothing up; "resigned themselves to defeat" accepts a fate, quits no post.
"A crackdown on tax evasion", "cracking down on disinformation" enforce a law against a practice, and repress
nobody; "invited reporters to watch the test" calls in the press, and offers no meeting.
"Those who accuse Hamas" are a kind of doer too. "The crowds began to disperse" moves itself and is dispersed
by nobody; "strikes at the heart of democracy" is a figure, no strike; "spoke with investigators" is questioned
in an inquiry, no consultation between parties; "pressed a red button" pushes a thing and asks nobody; "held
a campaign rally", "at Trump's political rallies" canvass voters and protest against nobody; "will hold a press
conference" speaks to the press and meets no party (a joint one is held with someone). "Macron was elected
president", "elected officials" tell an office held, no electors' act of support.
Each check reads the parse around the trigger; the words are lists in ``data/grammar.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Token

from newsevents import docmemo
from newsevents.coding.grammar import PRESENT_TAGS, Grammar, child, children
from newsevents.coding.matcher import Match
from newsevents.coding.ontology import (
    AGREE_ROOT,
    ASKING_ROOTS,
    COERCE_ROOT,
    CONSULT_ROOT,
    DENIAL_CODE,
    PROTEST_ROOT,
    REJECT_ROOT,
    THREATEN_ROOT,
)
from newsevents.nlp import TIME_ENTITIES

_RELATION_ROOTS = frozenset({"05", "06"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACES = frozenset({"PERSON", "NORP"})  # a name the tagger reads as no place (it reads towns as ORG too)
_RECOGNITION = "054"
_HOSTING = "043"
_COMMON = frozenset({"NN", "NNS"})  # a common noun: a group, not a named state
# what an asking verb asks for: a person asked, an act, a clause, a thing "for"
_ASKED_FOR = frozenset({"dobj", "dative", "xcomp", "ccomp", "oprd", "nsubjpass"})
# the quotation just after the asking verb and whom it asks: "asked him, “Have you met him?”"
_QUOTE_AFTER = re.compile(r"(?:\s+[\w.'\u2019-]+){0,4}\s*[,:]?\s*[\u201c\"]([^\u201d\"]*)[\u201d\"]")
# a quoted question just before the asking verb and its subject: "“Why now?” a reporter asked"
_QUESTION_QUOTED = re.compile(r"\?\s*[\u201d\"]\s*,?\s*(?:[\w.'\u2019-]+\s+){0,5}$")
_QUESTION_END = re.compile(r"\?\s*[\u201d\"]\s*$")


def no_act(m: Match, grammar: Grammar, actors: Collection[int] = ()) -> bool:
    """Whether the match names no coded act (see the module docstring); ``actors``: the tokens that name an
    actor."""
    return (_question_put(m, grammar) or _view_shared(m, grammar) or _going_on(m, grammar)
            or _dismissed(m, grammar, actors) or _problem_recognized(m, grammar, actors)
            or _plans_changed(m, grammar) or _trend(m) or _mere_talk(m) or _thing_received(m, grammar, actors)
            or _shown(m, grammar) or _seized_upon(m, grammar) or _thing_compels(m, grammar, actors)
            or _kind_of_doer(m, grammar) or _advice(m, grammar) or _talk_on_topic(m, grammar)
            or _quoted_question(m) or _degree_of_readiness(m, grammar) or _nothing_dropped(m, grammar)
            or _call_made(m, grammar) or _gesture(m, grammar) or _fate_accepted(m, grammar)
            or _practice_cracked_down(m, grammar) or _press_invited(m, grammar) or _signal_sent(m, grammar)
            or _moved_itself(m, grammar) or _heart_struck(m, grammar) or _questioned(m, grammar)
            or _thing_pressed(m, grammar) or _campaign_rally(m, grammar) or _press_conference(m, grammar)
            or _rejection_unowned(m) or _judged_not_done(m, grammar) or _fell_not_a_place(m, grammar)
            or _office_held(m, grammar))


def _office_held(m: Match, grammar: Grammar) -> bool:
    """ "Macron was elected president in 2017", "the newly elected mayor", "elected officials": an office held
    after an election whose electors go unnamed, no act of support at a time; "was elected by parliament" and
    "was elected to the Human Rights Council" (a seat won in a body, CAMEO 051) stay events."""
    trig = m.trigger
    if trig.lemma_.lower() in grammar.electing_verbs and trig.tag_ == "VBG":
        return _process_named(trig)
    if trig.lemma_.lower() not in grammar.electing_verbs or trig.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in trig.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in trig.children)
    seat = any(c.dep_ == "prep" and c.lower_ in grammar.seat_preps for c in trig.children)
    return not (passive and seat)


def _process_named(gerund: Token) -> bool:
    """ "the process of electing a new president", "the task of rewriting the constitution and electing a
    parliament": a gerund that a noun's preposition takes names a step to come, with no electors ("after
    electing a speaker, parliament adjourned" hangs on a verb and is the clause's subject's act)."""
    head = gerund
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ in {"NOUN", "PROPN"}


def _fell_not_a_place(m: Match, grammar: Grammar) -> bool:
    """ "Ramadi fell to IS" is a place taken; "it falls to Clinton to explain", "the task fell to the mayor"
    hand someone a duty: a falling subject must be a named place or a noun of a place."""
    if m.trigger.lemma_.lower() not in grammar.falling_verbs or not m.pattern.undergone:
        return False
    subjects = [c for c in m.trigger.children if c.dep_ == "nsubj"]
    return not any(s.ent_type_ in _PLACE_ENTITIES or s.lemma_.lower() in grammar.fallen_places
                   or (s.pos_ == "PROPN" and s.ent_type_ not in _NOT_PLACES
                       and s.lemma_.lower() not in grammar.won_bodies) for s in subjects)


def _question_put(m: Match, grammar: Grammar) -> bool:
    """ "Asked whether she backs the budget, Lee said", "when pressed about the report": the main clause's
    subject was asked by the press; "asked if Norway might sell the islands": an indirect question;
    "“Is that fair?” asked a trader": asking with nothing asked for reports a question."""
    trig = m.trigger
    if m.pattern.code[:2] not in ASKING_ROOTS or trig.lemma_.lower() not in grammar.questioning_verbs:
        return False
    if trig.tag_ == "VBN" and trig.dep_ == "advcl" and not any(c.dep_ in {"auxpass", "agent"} for c in trig.children):
        return True
    if _QUESTION_QUOTED.search(_lead_in(trig)):
        return True  # "“Why now?” a reporter asked the senator" (the splitter may end a sentence at "?”")
    quote = _QUOTE_AFTER.match(docmemo.text(trig.doc)[trig.idx + len(trig.text):trig.idx + 400])
    if quote and quote.group(1).rstrip().endswith("?"):
        return True  # "the journalist asked him, “Have you met him?”"
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
           for c in trig.children):
        return True
    if trig.pos_ != "VERB" or any(c.dep_ in _ASKED_FOR for c in trig.children):
        return False
    return not any(p.lower_ in grammar.asking_preps for p in children(trig, "prep"))


def _view_shared(m: Match, grammar: Grammar) -> bool:
    """ "the senator agrees that Russia meddled", "agreed that the crisis was serious", "everyone outside
    Congress agrees": agreeing that something is so, or agreeing in the present with no deal or partner
    named, shares a view; "agreed that inspectors will return" and "agrees to talks" agree on an act."""
    trig = m.trigger
    if m.pattern.code[:2] != AGREE_ROOT or trig.pos_ != "VERB" or trig.lemma_.lower() not in grammar.concurring_verbs:
        return False
    if any(c.dep_ in {"dobj", "xcomp", "prt", "nsubjpass"} for c in trig.children):
        return False
    clauses = children(trig, "ccomp")
    if clauses:
        return all(_statement(c, grammar) for c in clauses)
    if trig.tag_ not in PRESENT_TAGS:
        return False
    preps = children(trig, "prep")
    if any(o.lemma_.lower() in grammar.document_nouns for p in preps for o in children(p, "pobj")):
        return False  # "the ministers agree with the American proposal": a proposal accepted
    return all(p.lower_ == "with" for p in preps) and not any(c.dep_ == "aux" for c in trig.children)


def _statement(clause: Token, grammar: Grammar) -> bool:
    """A that-clause saying what is so: no will, would, should or bare subjunctive ("that the UN send")."""
    if clause.tag_ == "VB" and child(clause, "aux") is None:
        return False
    verbs = [clause, *clause.conjuncts]
    return not any(c.dep_ == "aux" and c.lower_ in grammar.deciding_aux for v in verbs for c in v.children)


def _going_on(m: Match, grammar: Grammar) -> bool:
    """ "the soldiers were pressing on with their work at the border", "pressed ahead with the vote":
    going on with one's own work, not pressing anyone; "called on all parties to ...", where the parser made
    "on" a particle with an object of its own, asks them."""
    trig = m.trigger
    if m.pattern.code[:2] not in ASKING_ROOTS or child(trig, "dobj") is not None:
        return False
    return any(c.dep_ in {"prt", "advmod"} and c.lower_ in grammar.onward_particles and child(c, "pobj") is None
               for c in trig.children)


def _dismissed(m: Match, grammar: Grammar, actors: Collection[int]) -> bool:
    """ "the adviser was fired a month later", "the minister was fired on Monday": a person fired
    loses a post; rockets are fired, and people are fired on or at."""
    trig = m.trigger
    if m.pattern.code[:2] not in grammar.attack_roots or trig.lemma_.lower() not in grammar.dismissal_verbs:
        return False
    subj = child(trig, "nsubjpass")
    if subj is None or any(p.lower_ in grammar.aimed_preps for p in children(trig, "prep")):
        return False
    return subj.ent_type_ == "PERSON" or subj.i in actors or subj.lower_ in grammar.personal_pronouns


def _problem_recognized(m: Match, grammar: Grammar, actors: Collection[int]) -> bool:
    """ "the country has recognized some of the flaws in its police", "recognized the value of the deal":
    recognizing a thing admits it; recognition (CAMEO 054) is of a state, a government or a leader."""
    trig = m.trigger
    if m.pattern.code != _RECOGNITION or trig.lemma_.lower() not in grammar.acknowledging_verbs:
        return False
    obj = child(trig, "dobj")
    if obj is not None and obj.pos_ != "NOUN":  # "some of the problems": the noun after "of"
        obj = next((o for p in children(obj, "prep") if p.lower_ == "of" for o in children(p, "pobj")), None)
    if obj is None or obj.pos_ != "NOUN" or any(p.lower_ == "as" for p in children(trig, "prep")):
        return False
    return not any(w.ent_type_ or w.i in actors or w.lemma_.lower() in grammar.polity_nouns
                   for w in _phrase_without_other_preps(obj))


def _phrase_without_other_preps(noun: Token) -> list[Token]:
    """The noun's phrase without its phrases after other prepositions than "of": "the problems with the
    military" is about problems, "the government of Kosovo" about a government."""
    words = [noun]
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ == "of":
            words.extend(_phrase_without_other_preps(c))
    return words


def _plans_changed(m: Match, grammar: Grammar) -> bool:
    """ "was forced to put off her tour of Asia", "was forced to cancel the visit": a plan given up under
    circumstances, with nobody named who forced it, is no coercion."""
    trig = m.trigger
    if m.pattern.code[:2] != COERCE_ROOT or child(trig, "auxpass") is None or child(trig, "agent") is not None:
        return False
    act = child(trig, "xcomp")
    return act is not None and act.lemma_.lower() in grammar.plan_change_verbs


def _trend(m: Match) -> bool:
    """ "Delhi's strengthening ties with Tehran", "the growing cooperation": a participle that describes
    relations names a trend, not an act at a time."""
    trig = m.trigger
    if m.pattern.code[:2] not in _RELATION_ROOTS or trig.tag_ != "VBG":
        return False
    return trig.dep_ == "amod" or (trig.i > trig.sent.start and trig.nbor(-1).lower_ in {"'s", "\u2019s"})


def _mere_talk(m: Match) -> bool:
    """ "hard talk about steel", "the minister's talk of a determined push": talk in the singular is speech;
    talks (plural) are negotiations."""
    trig = m.trigger
    return m.pattern.code[:2] == CONSULT_ROOT and trig.pos_ == "NOUN" and trig.lemma_ == "talk" and trig.tag_ == "NN"


def _thing_received(m: Match, grammar: Grammar, actors: Collection[int]) -> bool:
    """ "received a petition from the unions", "got guarantees from Libya", "received a long jail
    sentence", "the stinging criticism she has received": a thing received is no visitor hosted (CAMEO 043)."""
    obj = child(m.trigger, "dobj")
    if obj is None and m.trigger.dep_ == "relcl":
        obj = m.trigger.head  # "the criticism she has received": the noun the clause is on
    if m.trigger.lemma_.lower() not in grammar.receiving_verbs:
        return False  # "host a meeting": a host's act, whatever is hosted
    if m.pattern.code != _HOSTING or obj is None or obj.pos_ != "NOUN" or obj.i in actors:
        return False
    if obj.ent_type_ and obj.ent_type_ not in grammar.measure_entities:
        return False
    return obj.lemma_.lower() not in grammar.people_nouns | grammar.agent_nouns | grammar.visit_nouns


def _shown(m: Match, grammar: Grammar) -> bool:
    """ "the group has demonstrated its reach", "their demonstrated naval strength", "he has demonstrated that
    he will not sign": to demonstrate a thing or a fact is to show it; protesters demonstrate without an object."""
    trig = m.trigger
    if m.pattern.code[:2] != PROTEST_ROOT or trig.lemma_.lower() not in grammar.showing_verbs:
        return False
    return trig.dep_ == "amod" or child(trig, "dobj", "ccomp") is not None


def _seized_upon(m: Match, grammar: Grammar) -> bool:
    """ "her rivals have seized on her remarks": seizing on a word or a chance exploits it ("seized on
    Friday a tanker" keeps its object and its day)."""
    trig = m.trigger
    if m.pattern.code[:2] != COERCE_ROOT or trig.lemma_.lower() not in grammar.grabbing_verbs:
        return False
    if child(trig, "dobj") is not None:
        return False
    return any(p.lower_ in {"on", "upon"} and not any(o.ent_type_ in TIME_ENTITIES for o in children(p, "pobj"))
               for p in children(trig, "prep"))


def _thing_compels(m: Match, grammar: Grammar, actors: Collection[int]) -> bool:
    """ "the affair has forced Australia to rethink its rules", "the speech offers the senators hope": a thing
    that forces or offers is a circumstance; coercion and offers are made by actors."""
    trig = m.trigger
    if trig.lemma_.lower() not in grammar.actor_only_verbs:
        return False
    subj = child(trig, "nsubj")
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    if subj.lemma_.lower() in grammar.circumstance_nouns:
        return True  # "Trump's decision threatens to ...": a thing, whoever's it is
    words = [subj, *subj.conjuncts, *(c for c in subj.children if c.dep_ in {"poss", "compound"})]
    return not any(w.i in actors or w.ent_type_ or w.lemma_.lower() in grammar.people_nouns | grammar.agent_nouns
                   | grammar.office_nouns | grammar.polity_nouns for w in words)


def _kind_of_doer(m: Match, grammar: Grammar) -> bool:
    """ "will track down bandits who threaten farmers", "any senator who backs the tax", "any Palestinian who
    negotiates with Israel": a present relative clause on a bare plural or on "any" noun (or name) describes a
    kind of doer; "the gunmen who attacked the market" and "the soldiers who defend the city" are doers at a
    time or in a place."""
    trig = m.trigger
    if trig.dep_ != "relcl" or trig.tag_ not in PRESENT_TAGS:
        return False
    noun = trig.head
    if noun.lower_ in grammar.generic_pronouns:
        return True  # "those who accuse Hamas", "anyone who backs the tax"
    dets = [c for c in noun.children if c.dep_ in {"det", "poss", "predet"}]
    if noun.pos_ == "PROPN":  # "any Palestinian who negotiates with Israel", "every American who serves"
        return bool(dets) and all(d.lower_ in grammar.generic_determiners for d in dets)
    if noun.pos_ != "NOUN":
        return False
    if m.pattern.code[:2] in grammar.habitual_deed_roots and noun.lemma_.lower() in grammar.agent_nouns:
        return False  # "fighters who fight for the hills": violence goes on, an event (as in guards._habit)
    if dets:
        return all(d.lower_ in grammar.generic_determiners for d in dets)
    return noun.tag_ == "NNS" and not any(c.dep_ == "amod" and c.ent_type_ for c in noun.children)


def _advice(m: Match, grammar: Grammar) -> bool:
    """ "the mayor warned against dwelling on the past", "cautioned against rushing a deal", "warned the
    senators not to trust the report", "warned tourists not to travel there": a warning against doing something, or
    one to act for one's own good, advises; a threat (CAMEO 13) warns of what the speaker will do."""
    trig = m.trigger
    if m.pattern.code[:2] != THREATEN_ROOT or trig.lemma_.lower() not in grammar.warning_verbs:
        return False
    acts = [*children(trig, "xcomp"), *(c for o in children(trig, "dobj") for c in children(o, "xcomp")),
            *(c for p in children(trig, "prep") if p.lower_ == "against" for c in children(p, "pcomp"))]
    if any(a.lemma_.lower() in grammar.prudence_verbs for a in acts):
        return True  # "warned the president not to trust Moscow": for the hearer's good, whoever is warned
    warned = child(trig, "dobj")
    if any(a.lemma_.lower() in grammar.dealing_verbs for a in acts) and (warned is None or warned.tag_ in _COMMON):
        return True  # "warned cities against buying the buses" advises; "warned Turkey not to buy" threatens a state
    if warned is not None:
        return False  # "warned Japan against sending warships": a warning to another actor stays one
    return any(p.lower_ == "against" and child(p, "pcomp") is not None for p in children(trig, "prep"))


def _talk_on_topic(m: Match, grammar: Grammar) -> bool:
    """ "the president talked at length about the city's history", "has been talking about farmers": one
    speaker on a topic, with no partner, speaks; talks (CAMEO 04) are held with someone ("talked with Putin
    about Syria") or among those named ("the two sides talked about trade", "Xi and Biden talked of Taiwan")."""
    trig = m.trigger
    if m.pattern.code[:2] != CONSULT_ROOT or trig.pos_ != "VERB" or trig.lemma_.lower() not in grammar.talking_verbs:
        return False
    if any(c.lower_ in grammar.promoting_particles for c in children(trig, "prt")):
        return True  # "talked up the deal with Iran": praised it
    preps = {p.lower_ for p in children(trig, "prep")}
    preps |= {q.lower_ for p in children(trig, "prep") for o in children(p, "pobj") for q in children(o, "prep")
              if o.lemma_.lower() in grammar.manner_nouns}  # "talked at length about ..."
    if not preps & grammar.topic_preps or preps & grammar.partner_preps or child(trig, "dobj", "dative") is not None:
        return False
    subj = child(trig, "nsubj")
    if subj is None or subj.conjuncts:
        return False
    return subj.tag_ in {"NN", "NNP"} or subj.lower_ in grammar.singular_pronouns  # one speaker


def _lead_in(trig: Token) -> str:
    """Up to 80 characters before the trigger, from its own sentence, or from the one before when that one
    ends in a quoted question (the splitter may end a sentence at "?”"); never across another sentence end
    ("“Why now?” he wondered. Officials then asked Iran to ...")."""
    text, start = docmemo.text(trig.doc), docmemo.sentence(trig).start_char
    if _QUESTION_END.search(text[max(0, start - 10):start]):
        start = max(0, start - 80)
    return text[max(start, trig.idx - 80):trig.idx]


_OPENING = frozenset({"\u201c", '"'})
_CLOSING = frozenset({"\u201d", '"'})
_QUOTES = _OPENING | _CLOSING


def _quoted_question(m: Match) -> bool:
    """ "“Why do you support the sanctions?” a reporter asked", "“Did Iran attack the tanker?”": the
    trigger sits inside a quotation that ends in a question mark (the question asserts no deed)."""
    sent, trig = docmemo.sentence(m.trigger), m.trigger
    text = docmemo.text(sent.doc)
    before = text[sent.start_char:trig.idx]
    after = text[trig.idx:sent.end_char]
    opened = [i for i, c in enumerate(before) if c in _QUOTES]
    if not opened or before[opened[-1]] not in _OPENING or (before[opened[-1]] == '"' and len(opened) % 2 == 0):
        return False  # not inside a quotation
    end = next((i for i, c in enumerate(after) if c in _CLOSING), None)
    said = after[:end].rstrip() if end is not None else ""
    return said.endswith("?") and not any(c in "?!" for c in said[:-1])


def _degree_of_readiness(m: Match, grammar: Grammar) -> bool:
    """ "Americans are more willing to talk about it", "how far the U.S. is willing to go": readiness
    compared or asked about states no intent (AGREE); "Iran is willing to negotiate" does."""
    trig = m.trigger
    if m.pattern.code[:2] != AGREE_ROOT or trig.pos_ != "ADJ":
        return False
    words = [*trig.children, *(trig.head.children if trig.dep_ == "acomp" else ())]
    return any(c.dep_ == "advmod" and c.lower_ in grammar.degree_words for c in words)


def _nothing_dropped(m: Match, grammar: Grammar) -> bool:
    """ "supplies dropped in open fields", "have bombs dropped on him", "dropped flares over the crowd",
    "the rebels dropped their weapons", "support dropped 14 points": what falls or is let go is no stance given
    up (CAMEO 12); "dropped its demand", "the bid was dropped", "dropped out of the talks" give one up, and so
    does dropping a party named ("the coalition dropped Huawei") or what a pronoun stands for."""
    trig = m.trigger
    if m.pattern.code[:2] != "12" or trig.lemma_.lower() not in grammar.dropping_verbs:
        return False
    dropped = [c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}]
    dropped += [o for c in trig.children if c.lower_ == "out" for p in [c, *children(c, "prep")]
                for o in children(p, "pobj")]  # "dropped out of the talks": "of" hangs on "out" or on the verb
    dropped += [o for p in children(trig, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
    # a party named, or a pronoun for what was given up ("ended with Trump dropping them", the talks), stays
    return not any({t.lemma_.lower(), t.lower_} & grammar.dropped_stances or t.tag_ in {"NNP", "NNPS", "PRP"}
                   for t in dropped)


def _call_made(m: Match, grammar: Grammar) -> bool:
    """ "the transcript of the call", "the Ukraine call": a call that is for nothing, on nobody and to do
    nothing is a telephone call, no appeal; "his call for calm", "the call on Iran to free the ship", "made a
    renewed call to arm the rebels" appeal. ("made calls to senators" is left to the patterns: core.txt
    codes calls made to someone as a consultation.)"""
    noun = m.trigger
    if m.pattern.code[:2] not in ASKING_ROOTS or noun.pos_ != "NOUN" or noun.lemma_.lower() != "call":
        return False
    if any(p.lower_ in grammar.asking_preps and p.tag_ != "TO" for p in children(noun, "prep")):
        return False
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "made a call to arm them"
    return not any(c.dep_ in {"acl", "xcomp", "advcl", "relcl"} and any(a.tag_ == "TO" for a in children(c, "aux"))
                   for h in holders for c in h.children)


def _rejection_unowned(m: Match) -> bool:
    """ "in the wake of a US rejection of the deal", "decades of Palestinian rejection": a refusal named by a
    noun with no owner and no "the" is one that may come or a stance over years; "Iran's refusal to talk",
    "the Senate's rejection of the bill", "the Iranian refusal" name one that was made."""
    noun = m.trigger
    if m.pattern.code[:2] != REJECT_ROOT or noun.pos_ != "NOUN":
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)


def _judged_not_done(m: Match, grammar: Grammar) -> bool:
    """ "called the American strike an act of aggression", "called the talks a waste of time": a light verb
    with a predicate for its object names and judges what someone else did; it calls no strike and holds no
    talks (the judgement is criticism, coding/evaluation.py)."""
    trig = m.trigger
    obj = child(trig, "dobj")
    if m.pattern.code == DENIAL_CODE:
        return False  # "called the allegations baseless": judging the charge against oneself denies it
    return (trig.pos_ == "VERB" and trig.lemma_.lower() in grammar.light_verbs and obj is not None
            and obj in m.words and child(trig, "oprd") is not None)


def _gesture(m: Match, grammar: Grammar) -> bool:
    """ "gave the envoy a thumbs up", "gave reporters the thumbs up": the particle after such a noun makes a
    gesture of it and is no particle of the verb ("gave up the fight" yields)."""
    return any(p.i > 0 and p.nbor(-1).lower_ in grammar.particle_nouns for p in children(m.trigger, "prt"))


def _fate_accepted(m: Match, grammar: Grammar) -> bool:
    """ "voters resigned themselves to another rigged vote": resigning oneself accepts a fate; an official
    who resigns quits a post."""
    trig = m.trigger
    return trig.lemma_.lower() in grammar.fate_verbs and any(c.lower_ in grammar.reflexive_pronouns
                                                            for c in trig.children)


def _practice_cracked_down(m: Match, grammar: Grammar) -> bool:
    """ "a crackdown on illegal immigration", "cracking down on Russian disinformation": measures against a
    practice or a trade are enforcement, not repression of people (CAMEO 175); "a crackdown on dissent",
    "cracked down on protesters" stay repression."""
    words = [w for w in (m.trigger, *m.words) if w.lemma_.lower() in grammar.repression_words]
    if not words:
        return False  # "launched a crackdown on ...": the crackdown is one of the pattern's words
    objects = [o for w in words for h in (w, *children(w, "prt")) for p in children(h, "prep")
               if p.lower_ in grammar.noun_opposing_preps for o in children(p, "pobj")]
    return bool(objects) and all(o.lemma_.lower() in grammar.practice_nouns for o in objects)


def _press_invited(m: Match, grammar: Grammar) -> bool:
    """ "invited reporters to watch the launch", "invited journalists into the meeting": the press called in to
    see, not a party asked to meet (CAMEO 036)."""
    trig = m.trigger
    if m.pattern.code[:2] != AGREE_ROOT or trig.lemma_.lower() not in grammar.inviting_verbs:
        return False
    guests = children(trig, "dobj", "nsubjpass") if trig.pos_ == "VERB" else []
    return bool(guests) and all(g.lemma_.lower() in grammar.press_people for g in guests)


def weapons_test(m: Match, grammar: Grammar, targets: Collection[Token]) -> bool:
    """ "detonated a nuclear device", "the detonation of a thermonuclear weapon", "launched a satellite rocket",
    "exploded plutonium devices in its first tests": a weapon set off or launched at nobody is tested or shown
    (CAMEO 15), not used in an attack; "dropped an atomic bomb on Hiroshima" has a target and stays one."""
    trig = m.trigger
    if m.pattern.code[:2] not in grammar.attack_roots or targets:
        return False
    weapons = [trig, *children(trig, "dobj", "nsubjpass"),
               *(o for p in children(trig, "prep") if p.lower_ == "of" for o in children(p, "pobj"))]
    if any(c.dep_ in {"amod", "compound", "nmod"} and c.lemma_.lower() in grammar.test_weapon_words
           for w in weapons for c in w.children):
        return True
    return any(o.lemma_.lower() in grammar.test_nouns for p in children(trig, "prep") for o in children(p, "pobj"))


def _signal_sent(m: Match, grammar: Grammar) -> bool:
    """ "sent conflicting messages about its aims", "sent a strong message to Beijing", "sent himself a draft
    letter": a message of a kind (a signal by deed or word) or one to oneself is no exchange between parties
    (CAMEO 04); "sent a letter to the president" stays one."""
    trig = m.trigger
    if m.pattern.code[:2] != CONSULT_ROOT or trig.pos_ != "VERB":
        return False
    messages = [o for o in children(trig, "dobj") if o.lemma_.lower() in grammar.message_nouns]
    if any(c.dep_ == "amod" and c.lower_ in grammar.signal_adjectives for o in messages for c in o.children):
        return True
    return bool(messages) and any(c.dep_ in {"dative", "dobj"} and c.lower_ in grammar.reflexive_pronouns
                                  for c in trig.children)


def _moved_itself(m: Match, grammar: Grammar) -> bool:
    """ "the crowds began to disperse", "the protesters dispersed after dark": a crowd that disperses with no
    object moves itself; "police dispersed the protesters" and "the protesters were dispersed" are coercion."""
    trig = m.trigger
    if m.pattern.code[:2] != COERCE_ROOT or trig.pos_ != "VERB":
        return False
    if trig.lemma_.lower() not in grammar.self_moving_verbs:
        return False
    return child(trig, "dobj", "nsubjpass", "auxpass") is None


def _heart_struck(m: Match, grammar: Grammar) -> bool:
    """ "strikes at the heart of democracy", "an attack on the very foundations of our republic", "it strikes at
    the core of who we are": a blow at the heart of an idea is a figure, no attack; "attacked the heart of the
    capital" and "struck the center of Kabul" hit a place and stay attacks."""
    trig = m.trigger
    if m.pattern.code[:2] not in grammar.attack_roots:
        return False
    hit = [*children(trig, "dobj"), *(o for p in children(trig, "prep") for o in children(p, "pobj"))]
    for noun in hit:
        if noun.lemma_.lower() not in grammar.figure_centres:
            continue
        whole = [o for p in children(noun, "prep") if p.lower_ == "of" for o in p.children
                 if o.dep_ in {"pobj", "pcomp"}]
        if whole and all(not o.ent_type_ and o.lemma_.lower() not in grammar.place_centre_wholes for o in whole):
            return True
    return False


def _questioned(m: Match, grammar: Grammar) -> bool:
    """ "the suspect spoke with investigators", "told detectives he acted alone": questioning in an inquiry is
    no consultation between parties (CAMEO 04); "the minister met the UN investigators" stays a meeting."""
    trig = m.trigger
    if m.pattern.code[:2] != CONSULT_ROOT or trig.lemma_.lower() not in grammar.talking_verbs:
        return False
    partners = [*children(trig, "dobj", "dative"),
                *(o for p in children(trig, "prep") if p.lower_ in grammar.talk_preps for o in children(p, "pobj"))]
    return bool(partners) and all(o.lemma_.lower() in grammar.questioner_nouns for o in partners)


def _thing_pressed(m: Match, grammar: Grammar) -> bool:
    """ "pressed a red reset button", "pushed the launch key": a device pushed is no pressure on anyone (CAMEO
    10); "pressed Iran to free the ship" stays a demand."""
    trig = m.trigger
    if m.pattern.code[:2] not in ASKING_ROOTS or trig.pos_ != "VERB":
        return False
    return any(o.lemma_.lower() in grammar.device_nouns for o in children(trig, "dobj"))


def _campaign_rally(m: Match, grammar: Grammar) -> bool:
    """ "held a campaign rally in Ohio", "at Trump's political rallies": a rally of a campaign canvasses voters and
    protests against nobody (CAMEO 14); nor does a market's ("the stock market rally", "a rally in oil prices");
    "a rally against Maduro" and "an election rally against the junta" stay protests."""
    if m.pattern.code[:2] != PROTEST_ROOT:
        return False
    nouns = [w for w in (m.trigger, *m.words, *children(m.trigger, "dobj")) if w.lemma_.lower() in grammar.rally_nouns]
    kinds = grammar.campaign_words | grammar.market_words
    named_kind = any(any(c.dep_ in {"amod", "compound"} and c.lower_ in kinds for c in n.children)  # "campaign rally"
                     and not any(p.lower_ in grammar.noun_opposing_preps for p in children(n, "prep")) for n in nouns)
    market_in = any(o.lower_ in grammar.market_words for n in nouns for p in children(n, "prep") if p.lower_ == "in"
                    for o in children(p, "pobj"))  # "a rally in oil prices"
    return named_kind or market_in


def _press_conference(m: Match, grammar: Grammar) -> bool:
    """ "the president will hold a press conference on Friday", "gave a news conference": a party speaking to the
    press meets no other party (CAMEO 04); "held a joint press conference" and "X and Y held a news conference"
    are held together and stay meetings."""
    trig = m.trigger
    if m.pattern.code[:2] != CONSULT_ROOT or trig.pos_ != "VERB":
        return False
    subj = child(trig, "nsubj", "nsubjpass")
    if subj is not None and subj.conjuncts:
        return False
    held = [o for o in children(trig, "dobj") if o.lemma_.lower() in grammar.briefing_nouns]
    return any(any(c.dep_ in {"compound", "amod"} and c.lower_ in grammar.press_people for c in o.children)
               and not any(c.dep_ == "amod" and c.lower_ in grammar.joint_words for c in o.children) for o in held)
