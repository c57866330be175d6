"""Wordings that look like an event but name no act of one actor on another (PLOVER codes acts).

A pattern can match a word in a sense the codebook does not code: a press question is no
request ("asked whether ..."), a wish is no demand ("wanted a new deal"), a reaction is no
meeting ("was met with scepticism"), a name given is no appeal ("called the deal a good one"),
an admission is no recognition ("recognized that mistakes were made", "accepted the blame"), a habit
is no act at a time ("rarely criticizes Russia"), a plan's content is no request ("the plan calls for
more troops"), a thing that endangers is no threat ("the program threatens the region's security"), a
bill killed is no killing, talking to reporters is no consultation, taking money is no agreement, a
figure of speech is no deed ("rhetorical bombs"), a letter handed over is no release ("handed over a
letter from the king"), meeting a goal or resistance is no meeting ("met fierce resistance"),
information given is no aid ("provided few details"), leaving a state is no retreat ("pull the country out of
the deadlock"), lawmakers fighting back or a fight for a third term is no combat, and the headlines a site
glues after a name ("SchumerSenate passes bill MORE") are no events of the story. Each check reads the parse
around the trigger; the words they know are lists in ``data/grammar.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Token

from newsevents import docmemo
from newsevents.coding.grammar import NOUN_TAGS, PRESENT_TAGS, Grammar, child, children, is_infinitive
from newsevents.coding.matcher import Match
from newsevents.coding.ontology import (
    ACCUSE_ROOT,
    AGREE_ROOT,
    AID_ROOT,
    ASKING_ROOTS,
    CONSULT_ROOT,
    DEMAND_ROOT,
    PROTEST_ROOT,
    REQUEST_ROOT,
    SUPPORT_ROOT,
    THREATEN_ROOT,
    YIELD_ROOT,
)
from newsevents.nlp import TIME_ENTITIES

_CALLED_ROOTS = (REQUEST_ROOT, CONSULT_ROOT, AGREE_ROOT, YIELD_ROOT, PROTEST_ROOT)  # "call for", "call on",
# "call a meeting", "call an election", "call a strike": patterns of "call" that a name given is none of
_NAME_WORDS = 4  # the most words of a show's or a body's name that holds an event word ("Meet the Press")
_ACTIVE_VERB_TAGS = frozenset({"VBG", "VBZ", "VBD", "VBP"})  # "is readying", "readied": a verb, no adjective
_QUANTIFIER_DEPS = frozenset({"det", "amod", "nummod", "quantmod", "predet"})  # "many Americans", "most Germans"
_LINK_RUN = 60  # the most tokens of a run of glued link headlines
# a name glued to the headline after it ("SchumerSenate"): a word of 4+ letters, then a capital
_GLUED = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")


def not_an_act(m: Match, grammar: Grammar, triggers: Collection[int] = (), actors: Collection[int] = ()) -> bool:
    """Whether the match names no coded act (see the module docstring). ``triggers``: the tokens of the
    sentence that name an event (so that "wants Iran to stop the tests" asks for one); ``actors``: the
    tokens that name an actor."""
    return (_question(m, grammar) or _desire(m, grammar, triggers) or _reaction(m, grammar)
            or _naming(m, grammar) or _acknowledgement(m, grammar) or _habit(m, grammar)
            or _figure_of_speech(m, grammar) or _message_handed(m, grammar)
            or _thing_fought(m, grammar, triggers, actors) or _quarrel(m, grammar) or _concurrence(m, grammar)
            or _idle_readiness(m, grammar, triggers) or _in_a_name(m, grammar) or _taste(m, grammar)
            or _beast(m, grammar) or _text_asks(m, grammar) or _endangering(m, grammar, actors)
            or _thing_killed(m, grammar) or _press_talk(m, grammar) or _money_taken(m, grammar)
            or _thing_met(m, grammar) or _information_given(m, grammar) or _political_fight(m, grammar)
            or _evidence_supports(m, grammar) or _message_blasted(m, grammar)
            or _state_moved(m, grammar) or _standing_tie(m, grammar) or _attendance_described(m, grammar))


def _question(m: Match, grammar: Grammar) -> bool:
    """ "asked whether Germany would send troops", "asked about the report", "a request for comment",
    "asked not to be named": a question or a reporter's request, not an appeal for an act (CAMEO 02)."""
    trig = m.trigger
    if m.pattern.code[:2] in ASKING_ROOTS and _asks_for_answers(trig, grammar):
        return True
    if m.pattern.code[:2] != REQUEST_ROOT or trig.lemma_.lower() not in grammar.asking_words:
        return False
    for c in trig.children:
        if c.dep_ in {"ccomp", "advcl", "xcomp"} and _asks_a_question(c, grammar):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in grammar.anonymity_verbs:
            return True  # "asked not to be named"
        if c.dep_ == "prep" and c.lower_ == "about" and child(trig, "xcomp") is None:
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            obj = child(c, "pobj")
            if obj is not None and obj.lemma_.lower() in grammar.press_words:
                return True
    return False


def _asks_for_answers(trig: Token, grammar: Grammar) -> bool:
    """ "pressed the spokesman to answer questions", "urged him to comment on the report": the act asked
    for is a reply to the press, not a political act."""
    for c in children(trig, "xcomp"):
        if c.lemma_.lower() in grammar.answering_verbs:
            return True
        obj = child(c, "dobj")
        if obj is not None and obj.lemma_.lower() in grammar.press_words:
            return True
    return False


def _asks_a_question(clause: Token, grammar: Grammar) -> bool:
    """The clause is an indirect question: "whether ...", "what ...", "why ..."."""
    if any(c.dep_ == "mark" and c.lower_ in grammar.question_marks for c in clause.children):
        return True
    first = min(clause.subtree, key=lambda t: t.i)
    return first.tag_ in {"WDT", "WP", "WP$", "WRB"}


def _desire(m: Match, grammar: Grammar, triggers: Collection[int]) -> bool:
    """ "the president wanted a new trade deal", "he wants to take on the conflict": a wish for a thing or
    for an act of one's own, not a demand; "wants Iran to stop the tests" (someone else to act) stays one,
    "we want Egypt to succeed" (someone else to fare well or to be something) is a wish, and so is "wanted him
    lying beside his friends" (an -ing form for a state)."""
    trig = m.trigger
    if m.pattern.code[:2] != DEMAND_ROOT or trig.lemma_.lower() not in grammar.desire_verbs:
        return False
    others = [c for c in children(trig, "ccomp")
              if child(c, "nsubj") is not None and (is_infinitive(c) or _small_clause(c))]
    if len(others) < len(children(trig, "ccomp")):
        return False  # "wants that ...": a finite clause says what is to be done
    if not others:  # "wants the EU to succeed" is also parsed with the EU as the object
        others = children(trig, "xcomp") if child(trig, "dobj") is not None else []
    return not any(_an_act(v, grammar, triggers) for w in others for v in [w, *w.conjuncts])


def _small_clause(verb: Token) -> bool:
    """ "wanted him lying beside his friends", "wants her standing next to him": an -ing form with its own
    subject and no auxiliary or conjunction says how the wisher wants things to be, like an infinitive. (A
    passive participle is left alone: "wants the fighters expelled" asks for an act.)"""
    return verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)


def _an_act(verb: Token, grammar: Grammar, triggers: Collection[int]) -> bool:
    """An event word, or a verb done to something ("abandon his weapons"), not a state ("succeed", "be")."""
    if verb.i in triggers:
        return True
    return verb.lemma_.lower() not in grammar.state_verbs and child(verb, "dobj") is not None


def _reaction(m: Match, grammar: Grammar) -> bool:
    """ "the plan was met with scepticism", "any tariffs would be met with a response": the passive
    with "with" and no "by" names a reaction to a thing, not a meeting or a host's reception."""
    trig = m.trigger
    if trig.lemma_.lower() not in grammar.reception_verbs or child(trig, "auxpass") is None:
        return False
    if m.pattern.code[:2] == PROTEST_ROOT:
        return False  # "the visit was met with protests": the protesters' act, coded as such
    return child(trig, "agent") is None and any(p.lower_ == "with" for p in children(trig, "prep"))


def _naming(m: Match, grammar: Grammar) -> bool:
    """ "called the Iran agreement a good deal on television": calling a thing a name calls on nobody,
    calling a person a name ("who he called a tough negotiator on Tuesday") is no phone call, and calling
    a visit, a strike or a meeting a name ("called the strike an act of war") calls for none."""
    trig = m.trigger
    if m.pattern.code[:2] not in _CALLED_ROOTS or trig.lemma_.lower() not in grammar.naming_verbs:
        return False
    names = [n for n in children(trig, "oprd") if n.ent_type_ not in TIME_ENTITIES]  # a day the parser hung
    # there ("called Thursday on Arabs to ...") is no name; "called the visit a success" is parsed with both
    # nouns as predicates, "called the strike an act of war" with one object and one predicate
    return bool(names) and (child(trig, "dobj") is not None or len(names) > 1)


def _acknowledgement(m: Match, grammar: Grammar) -> bool:
    """ "recognized that mistakes were made", "accepted that the plan had failed": a that-clause makes the
    verb an admission (a statement), not recognition, acceptance or a concession to another actor."""
    trig = m.trigger
    if m.words or trig.lemma_.lower() not in grammar.acknowledging_verbs:
        return False
    obj = child(trig, "dobj")
    if obj is not None:  # "accepted the blame", "accepting full responsibility": an admission
        return obj.lemma_.lower() in grammar.blame_nouns
    # a finite clause, not an infinitive the parser hung there ("allowed inspectors to return")
    return any(c.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in trig.children)


def _habit(m: Match, grammar: Grammar) -> bool:
    """ "India rarely criticizes Russia", "the two countries have long cooperated", "Japan has refused for a
    decade to apologise": a habit or a standing relation or stance, not an act at a time. Violence and
    repression stay events ("soldiers routinely beat up detainees" reports beatings)."""
    if m.pattern.code[:2] in grammar.habitual_deed_roots:
        return False
    trig = m.trigger
    if any(c.dep_ == "advmod" and c.lower_ in grammar.habitual_adverbs for c in trig.children):
        return True
    # "has made it a practice to withdraw from UN bodies", "it is our policy to oppose settlements"
    if trig.dep_ == "acl" and trig.head.lemma_.lower() in grammar.habit_nouns:
        return True
    if trig.dep_ == "pcomp" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in grammar.habit_nouns:
        return True  # "has a long record of pushing for tougher laws", "a history of backing the rebels"
    return (trig.dep_ == "xcomp" and any(c.dep_ == "attr" and c.lemma_.lower() in grammar.habit_nouns
                                         for c in trig.head.children)) or _standing_stance(trig, grammar)


def _taste(m: Match, grammar: Grammar) -> bool:
    """ "he likes dropping bombs on people", "she enjoys fighting the unions": a liking for a kind of deed
    is said of someone, no deed done (violence included; "would like to meet" is an intent, not this)."""
    trig = m.trigger
    return (trig.dep_ == "xcomp" and trig.tag_ == "VBG" and trig.head.lemma_.lower() in grammar.taste_verbs
            and not any(c.lower_ in grammar.conditional_aux | grammar.conditional_contractions
                            for c in trig.head.children))


def _beast(m: Match, grammar: Grammar) -> bool:
    """ "the elephants trampled the farmers", "a crocodile killed two fishermen": an animal is no actor,
    and its attack is no political event."""
    subject = child(m.trigger, "nsubj")
    return subject is not None and subject.lemma_.lower() in grammar.animal_nouns


def _text_asks(m: Match, grammar: Grammar) -> bool:
    """ "the president's plan called for 4,000 troops", "the bill demands a wall": what a plan or a bill
    says is its content; its actor's act is proposing or passing it, coded by those words."""
    if m.pattern.code[:2] not in ASKING_ROOTS or m.trigger.pos_ != "VERB":
        return False
    subject = child(m.trigger, "nsubj")
    return subject is not None and subject.lemma_.lower() in grammar.document_nouns


def _endangering(m: Match, grammar: Grammar, actors: Collection[int]) -> bool:
    """ "the missile program threatens the security of the Gulf", "Beijing's policies threaten Hong Kong's
    autonomy": a thing that endangers, or a stake put at risk, is a characterisation; a threat (CAMEO 13) is
    an actor's warning of its own act ("threatened to strike", "threatened Iran with sanctions")."""
    trig = m.trigger
    if m.pattern.code[:2] != THREATEN_ROOT or trig.pos_ != "VERB":
        return False
    if trig.lemma_.lower() not in grammar.endangering_verbs:
        return False
    if child(trig, "xcomp") is not None or any(p.lower_ == "with" for p in children(trig, "prep")):
        return False
    subject = child(trig, "nsubj")
    if subject is not None and subject.i not in actors and _mere_thing(subject, grammar, (), actors):
        return True
    obj = child(trig, "dobj")
    return obj is not None and obj.lemma_.lower() in grammar.endangered_stakes


def _thing_killed(m: Match, grammar: Grammar) -> bool:
    """ "Senate Republicans killed the bill", "tariffs are killing jobs": killing a bill, a deal or jobs is
    no violence."""
    trig = m.trigger
    obj = child(trig, "dobj") if trig.pos_ == "VERB" else None
    return (m.pattern.code[:2] in grammar.attack_roots and trig.lemma_.lower() in grammar.killing_verbs
            and obj is not None and obj.lemma_.lower() in grammar.lifeless_victims)


def _press_talk(m: Match, grammar: Grammar) -> bool:
    """ "talking to reporters", "spoke with journalists in Tehran": talking to the press is a statement, not a
    consultation with another actor (CAMEO 04)."""
    if m.pattern.code[:2] != CONSULT_ROOT:
        return False
    trig = m.trigger
    preps = [q for p in children(trig, "prep") for q in (p, *p.conjuncts) if q.lower_ in grammar.talk_preps]
    partners = [*children(trig, "dobj"), *(o for p in preps for o in children(p, "pobj"))]
    partners += [c for p in partners for c in p.conjuncts]  # "with reporters and the prime minister"
    # "talking directly to the Iranian people", "spoke to the nation": addressing a public is a statement too
    hearers = grammar.press_people | (grammar.audience_nouns if trig.lemma_.lower() in grammar.talk_verbs else set())
    return bool(partners) and all(p.lemma_.lower() in hearers for p in partners)


def _money_taken(m: Match, grammar: Grammar) -> bool:
    """ "accepted $150,000 from a bank": taking a sum of money agrees to nothing (CAMEO 03 needs an offer,
    a proposal or a demand accepted); a sum promised ("promised Pakistan $46 billion") is a pledge of aid."""
    obj = child(m.trigger, "dobj")
    return (m.pattern.code[:2] == AGREE_ROOT and obj is not None and obj.ent_type_ == "MONEY"
            and m.trigger.lemma_.lower() not in grammar.vowing_verbs)


def _thing_met(m: Match, grammar: Grammar) -> bool:
    """ "met fierce resistance", "will meet their goal of cutting emissions", "the deadline was met": meeting
    a resistance, a goal or a need meets nobody (CAMEO 04 needs a partner)."""
    trig = m.trigger
    if m.pattern.code[:2] != CONSULT_ROOT or trig.lemma_.lower() != "meet":
        return False
    met = child(trig, "dobj", "nsubjpass")
    return met is not None and met.lemma_.lower() in grammar.met_things


def _information_given(m: Match, grammar: Grammar) -> bool:
    """ "provided little direct knowledge about the reasons", "gave details of the plan": information given
    is a statement, no aid (CAMEO 07 gives money, goods, troops or help)."""
    obj = child(m.trigger, "dobj")
    return (m.pattern.code[:2] == AID_ROOT and obj is not None
            and obj.lemma_.lower() in grammar.information_nouns)


def _state_moved(m: Match, grammar: Grammar) -> bool:
    """ "will pull Israel out of the political deadlock", "Ukraine was moving into the European orbit": leaving
    or entering a state or a sphere is no retreat from a place and no occupation of one (CAMEO 08, 19)."""
    trig = m.trigger
    if m.pattern.code[:2] not in grammar.movement_roots:
        return False
    holders = [trig, *(c for c in trig.children if c.dep_ in {"prt", "advmod"})]
    preps = [p for h in holders for p in children(h, "prep")]
    preps += [q for p in preps for q in children(p, "prep")]  # "out of": "of" may hang on "out"
    places = [o for p in preps if p.lower_ in grammar.movement_preps for o in children(p, "pobj")]
    return bool(places) and all(o.lemma_.lower() in grammar.state_nouns for o in places)


def _standing_tie(m: Match, grammar: Grammar) -> bool:
    """ "rebel groups allied with al Qaeda", "the PKK is allied with the YPG": a tie that stands, told by a
    participle; "Putin has allied with the church" and "plans to ally with the DUP" are acts."""
    trig = m.trigger
    return (trig.lemma_.lower() in grammar.tie_verbs and trig.tag_ == "VBN"
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trig.children))


def _attendance_described(m: Match, grammar: Grammar) -> bool:
    """ "a meeting with leaders attending the summit", "delegates taking part in the talks": a participle on a
    noun says who is there, whoever they are; "Trump, attending the summit, said" and "will attend" tell acts.
    Meetings only: "students taking part in a protest" were protesting, whoever arrested them."""
    trig = m.trigger
    return (m.pattern.code[:2] in {CONSULT_ROOT, AGREE_ROOT} and trig.lemma_.lower() in grammar.attending_verbs
            and trig.dep_ == "acl" and trig.tag_ == "VBG" and trig.head.pos_ in NOUN_TAGS)


def _standing_stance(trig: Token, grammar: Grammar) -> bool:
    """ "Japan has refused for a decade to apologise": a stance held over a span of time."""
    return trig.lemma_.lower() in grammar.stance_verbs and _perfect(trig) and _lasting(trig)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _lasting(verb: Token) -> bool:
    """ "has refused for nearly a decade": a time span ("for" and a date) that the verb fills."""
    return any(p.lower_ == "for" and any(o.ent_type_ == "DATE" for o in children(p, "pobj"))
               for p in children(verb, "prep"))


def _figure_of_speech(m: Match, grammar: Grammar) -> bool:
    """ "dropped rhetorical bombs on the chancellor", "a verbal attack", "a political earthquake": a word
    that the sentence itself marks as a figure names no deed of its kind."""
    trig = m.trigger
    words = [trig, *m.words, *children(trig, "dobj"), *(o for p in children(trig, "prep") for o in children(p, "pobj"))]
    return any(c.dep_ == "amod" and c.lower_ in grammar.figurative_words for w in words for c in w.children)


def _message_handed(m: Match, grammar: Grammar) -> bool:
    """ "handed over a letter from the president to the king", "handed over his credentials": delivering a
    message or papers returns and releases nothing (CAMEO 08 codes yielding people, territory or property)."""
    if m.pattern.code[:2] != YIELD_ROOT or m.trigger.lemma_.lower() in grammar.office_leaving_verbs:
        return False  # "quit his post", "resigned his post": an office given up
    obj = child(m.trigger, "dobj")
    return obj is not None and (obj.lemma_.lower() in grammar.message_nouns or obj.lower_ in grammar.papers_handed)


def _thing_fought(m: Match, grammar: Grammar, triggers: Collection[int], actors: Collection[int]) -> bool:
    """ "fought the new tariffs", "battled hard against the budget cuts proposed by Washington", "combats
    malaria", "stepped up the fight against graft", "waged war on black money": a struggle against a thing,
    not combat. Fighting an actor, a group of doers or an attack
    ("fought against the invasion") stays combat."""
    trig = m.trigger
    fights = [w for w in (trig, *m.words) if w.pos_ == "NOUN" and w.lemma_.lower() in grammar.struggle_nouns]
    if fights:  # "stepped up the fight against corruption", "waged a war on black money"
        foes = [o for w in fights for p in children(w, "prep") if p.lower_ in grammar.noun_opposing_preps
                for o in children(p, "pobj")]
    elif trig.pos_ == "VERB" and trig.lemma_.lower() in grammar.struggle_verbs:
        foes = [*children(trig, "dobj"), *(o for p in children(trig, "prep") if p.lower_ in grammar.opposing_preps
                                           for o in children(p, "pobj"))]
    else:
        return False
    return bool(foes) and all(_mere_thing(f, grammar, triggers, actors) for f in foes)


def _mere_thing(noun: Token, grammar: Grammar, triggers: Collection[int], actors: Collection[int]) -> bool:
    """A common noun that names no actor, no doer and no event ("tariffs", "the cuts", "malaria")."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    return not any(w.i in actors or w.i in triggers or w.lemma_.lower() in grammar.agent_nouns
                   or w.lemma_.lower() in grammar.people_nouns for w in [noun, *noun.conjuncts])



def _quarrel(m: Match, grammar: Grammar) -> bool:
    """ "the clashes between Obama and Netanyahu", "Putin clashed with Obama over Syria": two persons by
    name who clash or fight argue; armed clashes are between forces, groups or places."""
    trig = m.trigger
    if trig.lemma_.lower() not in grammar.struggle_verbs:
        return False
    parties = [o for p in children(trig, "prep") if p.lower_ in grammar.between_preps or p.lower_ == "with"
               for o in children(p, "pobj")]
    if trig.pos_ == "VERB":
        parties += children(trig, "nsubj")
    parties += [c for p in parties for c in p.conjuncts]
    return len(parties) >= 2 and all(p.ent_type_ == "PERSON" for p in parties)


def _evidence_supports(m: Match, grammar: Grammar) -> bool:
    """ "the evidence supports the claim", "the data back the view", "the intelligence supported an Al Qaeda
    attack", "the tanks' presence supports the contention that ...": evidence that bears out a view supports
    nobody (CAMEO 05 is an actor's support)."""
    trig = m.trigger
    subject = child(trig, "nsubj") if trig.pos_ == "VERB" else None
    if m.pattern.code[:2] != SUPPORT_ROOT or subject is None or trig.lemma_.lower() not in grammar.bearing_out_verbs:
        return False  # evidence backs a claim; it never praises or welcomes ("rebel figures welcomed the move")
    told = subject.lemma_.lower() == "intelligence" and any(c.lower_ == "the" for c in subject.children)
    obj = child(trig, "dobj")
    # "supports the contention that ...": a view told by its clause; "endorsed the claims of the Ukrainians" backs them
    borne_out = (obj is not None and obj.lemma_.lower() in grammar.borne_out_nouns
                 and any(c.dep_ in {"acl", "ccomp"} and child(c, "mark") is not None for c in obj.children))
    return told or borne_out or subject.lemma_.lower() in grammar.evidence_nouns  # "the intelligence": what is known


def _message_blasted(m: Match, grammar: Grammar) -> bool:
    """ "blasted out a fundraising plea", "fired off an email to donors": a message sent out criticizes
    nobody by the verb (what it says is coded from its own words)."""
    trig = m.trigger
    obj = child(trig, "dobj")
    return (m.pattern.code[:2] == ACCUSE_ROOT and obj is not None
            and any(c.dep_ in {"prt", "advmod"} and c.lower_ in grammar.sent_out_particles for c in trig.children)
            and obj.lemma_.lower() in grammar.message_nouns | grammar.sent_messages)


def _political_fight(m: Match, grammar: Grammar) -> bool:
    """ "Congress and the industry have fought back", "congressmen fighting with each other", "vowed to fight
    for a third term", "fighting for a level playing field for our farmers": lawmakers, parties and candidates
    fight with votes and words, and a fight for an office, a law or a cause is a campaign, no combat (CAMEO 19
    needs armed force)."""
    trig = m.trigger
    if m.pattern.code[:2] not in grammar.attack_roots or trig.pos_ != "VERB":
        return False
    if trig.lemma_.lower() not in grammar.struggle_verbs or child(trig, "dobj") is not None:
        return False
    goals = [o for p in children(trig, "prep") if p.lower_ == "for" for o in children(p, "pobj")]
    if goals and all(g.lemma_.lower() in grammar.political_goals for g in goals):
        return True
    subject = child(trig, "nsubj") or (child(trig.head, "nsubj") if trig.dep_ == "xcomp" else None)
    fighters = [subject, *subject.conjuncts] if subject is not None else []
    return bool(fighters) and all(f.lemma_.lower() in grammar.political_bodies for f in fighters)


def _concurrence(m: Match, grammar: Grammar) -> bool:
    """ "Miller agreed, calling the partnership too big to fail", "Graham agreed on Sunday": one person
    agreeing, with nothing agreed to and nobody agreed with, shares a view; an agreement has a content or a
    partner."""
    trig = m.trigger
    if m.pattern.code[:2] != AGREE_ROOT or trig.pos_ != "VERB" or trig.lemma_.lower() not in grammar.concurring_verbs:
        return False
    if any(c.dep_ in {"dobj", "xcomp", "ccomp", "prt", "conj", "nsubjpass"} for c in trig.children):
        return False
    if any(not _when(p) for p in children(trig, "prep")):
        return False  # "agreed with Obama", "agreed on a deal"; but "agreed on Sunday" shares a view
    subj = child(trig, "nsubj")
    return subj is not None and subj.tag_ in {"NNP", "NN", "PRP"} and not subj.conjuncts


def _when(prep: Token) -> bool:
    """ "on Sunday", "in a radio interview on Monday": a phrase of time."""
    return any(o.ent_type_ in TIME_ENTITIES for o in children(prep, "pobj"))


def _idle_readiness(m: Match, grammar: Grammar, triggers: Collection[int]) -> bool:
    """ "a population that is ready for change": readiness for no event is no offer (CAMEO 03 needs an act
    offered); "ready for talks", "willing to withdraw" name one. The verb ("is readying a camp", "readied
    its troops") names a preparation, no offer either."""
    trig = m.trigger
    if m.pattern.code[:2] != AGREE_ROOT or not m.pattern.trigger & grammar.readiness_words:
        return False
    if trig.pos_ == "VERB" and trig.tag_ in _ACTIVE_VERB_TAGS:
        return True
    if trig.pos_ != "ADJ" or trig.lemma_.lower() not in grammar.readiness_words:
        return False
    return not any(t.i in triggers for t in trig.subtree if t.i != trig.i)


def _in_a_name(m: Match, grammar: Grammar) -> bool:
    """ "said on NBC's Meet the Press", "the Protect Our Borders Act", "told “Face the Nation”": a word inside a
    name of a show, a body or a law names no act."""
    trig = m.trigger
    start = docmemo.sentence(trig).start
    if trig.i == start:
        return False
    if trig.is_title and trig.nbor(-1).tag_ == "``" and trig.nbor(-1).i != start:
        return True  # a title in quotes after other words: said on "Meet the Press", a film "Attack on Titan"
    if trig.tag_ != "NNP" or trig.ent_type_ not in grammar.name_entities:
        return False
    # a short name: a headline or a caption the tagger took for one ("Biden arrives in Tokyo") is no name
    name = next((e for e in trig.doc.ents if e.start <= trig.i < e.end), None)
    return name is not None and len(name) <= _NAME_WORDS


def standing_attitude(trig: Token, grammar: Grammar) -> bool:
    """An attitude, not an act: in the simple present with a generic or quantified subject ("most people
    oppose ...", "many Sunnis support the group"), said of an actor without a report ("Iran opposes the
    American presence") or describing it ("a party that supports a Palestinian state", "those opposing the
    deal"); in the past, a poll's share ("55 percent of voters opposed the plan"); a present passive ("the
    militia is backed by Iran")."""
    if trig.lemma_.lower() in grammar.public_judging_verbs:
        return _public_judgement(trig, grammar)
    if trig.lemma_.lower() not in grammar.attitude_verbs:
        return False
    if any(c.dep_ == "auxpass" and c.lower_ in grammar.habitual_passive_aux
                                               for c in trig.children):
        # "is backed by Iran"; "is strongly opposed to the deal" (a view held, not something done to one)
        held = any(p.lower_ == "to" for p in children(trig, "prep")) and grammar.speech_head(trig) is None
        return child(trig, "agent") is not None or held
    if trig.dep_ == "acomp" and trig.head.lemma_ == "be":
        # "Bolton is strongly opposed to the deal": a view held; "France said it is opposed to X" states it
        return grammar.speech_head(trig.head) is None
    if trig.tag_ == "VBG" and trig.dep_ == "acl":
        return True  # "those opposing the deal", "lawmakers backing the bill": who they are, not what they did
    if _held_against(trig, grammar):
        return True
    if _ongoing_view(trig, grammar):
        return True
    if trig.tag_ not in {"VBP", "VBZ", "VBD"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg", "prt"} for c in trig.children):
        return False  # "backed down" is no attitude
    subj = child(trig, "nsubj")
    if subj is None:
        return False
    if trig.tag_ == "VBD":
        return _poll_share(subj, grammar)
    if any(c.lower_ in grammar.generic_quantifiers for c in subj.subtree) or trig.dep_ == "relcl":
        return True
    if any(o.lemma_.lower() in grammar.claim_nouns for o in children(trig, "dobj")):
        return False  # "Iran rejects the assertion": an answer to a claim, given now, no standing view
    if subj.pos_ in {"PROPN", "PRON"} or any(c.dep_ == "det" for c in subj.children):  # "the senator opposes"
        return grammar.speech_head(trig) is None and trig.dep_ == "ROOT"
    return subj.tag_ == "NNS"


def _public_judgement(trig: Token, grammar: Grammar) -> bool:
    """ "many Europeans blame Washington", "much of the world is blaming the US", "60 percent of voters
    blamed the president": what a public thinks, told in the present of a quantified subject or by a poll's
    share; "Russia blames Kiev" and "some officials blamed the army on Monday" (past) are accusations."""
    subj = child(trig, "nsubj")
    if subj is None:
        return False
    # the quantifier of the subject itself, not of a clause on it ("Foster, whose party lost its majority")
    head = [subj, *(c for c in subj.children if c.dep_ in _QUANTIFIER_DEPS)]
    if any(w.lower_ in grammar.poll_shares and w.tag_ not in {"NNP", "NNPS"} for w in head):
        return True
    if subj.lemma_.lower() in grammar.acting_body_nouns:
        return False  # "several governments condemn the coup": statements, not a view
    if not any(w.lower_ in grammar.generic_quantifiers and w.tag_ not in {"NNP", "NNPS"} for w in head):
        return False
    auxes = [c for c in trig.children if c.dep_ == "aux"]
    if trig.tag_ == "VBG":  # "are blaming", and "has much of the world blaming" (no aux of its own)
        return all(a.tag_ in PRESENT_TAGS for a in auxes)
    return trig.tag_ in PRESENT_TAGS and not auxes


def _held_against(trig: Token, grammar: Grammar) -> bool:
    """ "rebels opposed to the government" (parsed at times as a verb): who they are; "the spokeswoman said
    China opposed to interference" reports a rejection voiced."""
    if child(trig, "dobj") is not None or not any(p.lower_ == "to" for p in children(trig, "prep")):
        return False
    return trig.dep_ in {"acl", "amod"} or (trig.tag_ == "VBD" and grammar.speech_head(trig) is None)


def _ongoing_view(trig: Token, grammar: Grammar) -> bool:
    """ "she still supports the strikes", "farmers continue to back the governor": a present attitude that
    goes on is a view held, not support given at a time ("will continue to back" pledges, an intent)."""
    verb = trig.head if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in grammar.continuing_verbs else trig
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in {"aux", "neg"} for c in verb.children):
        return False
    subj = child(verb, "nsubj")
    if subj is not None and subj.tag_ in {"NNP", "NNPS"}:
        return False  # "Iran continues to support Hezbollah": a named state's backing goes on as an act
    return verb is not trig or any(c.dep_ == "advmod" and c.lower_ in grammar.persistence_adverbs
                                   for c in trig.children)


def poll_view(verb: Token, grammar: Grammar) -> bool:
    """ "Sixty percent of Germans say Berlin should act", "a majority of voters want talks": a share of a
    public holding a view is a poll's finding, not an act of its speaker."""
    subj = child(verb, "nsubj")
    return subj is not None and _poll_share(subj, grammar)


def _poll_share(subj: Token, grammar: Grammar) -> bool:
    """ "sixty percent of voters", "a majority of Germans"; a share is a common noun: "Senate Majority
    Leader Mitch McConnell" is one man."""
    return any(w.lower_ in grammar.poll_shares and w.tag_ not in {"NNP", "NNPS"} for w in subj.subtree)


def in_link_run(trig: Token, grammar: Grammar) -> bool:
    """ "...Chuck SchumerDems blast plan Senate passes bill MORE": headlines of related stories a site glued
    after a name, up to a capitalised "MORE", are no events of the story."""
    doc = trig.doc
    window = doc[max(trig.i - _LINK_RUN, docmemo.sentence(trig).start):trig.i + 1]
    start = next((t.i for t in reversed(window) if _GLUED.search(t.text)), None)
    if start is None or any(_run_end(t, grammar) for t in doc[start:trig.i]):  # a run closed before the trigger
        return False
    return any(_run_end(t, grammar) for t in doc[trig.i + 1:start + _LINK_RUN])


def _run_end(tok: Token, grammar: Grammar) -> bool:
    return tok.text.isupper() and tok.lower_ in grammar.link_run_ends
