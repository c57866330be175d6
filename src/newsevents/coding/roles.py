"""The roles a trigger's parse gives: who acts and who is acted on, before any fallback.

- verbs: the subject is the source (passive: the ``by`` agent, or whoever did the attack the deed
  happened in); the pattern's ``*`` slot, or the object of a joined verb, is the target;
- nouns ("the summit between A and B", "an attack on X"): the participants come from ``between``,
  ``with``, possessives and country modifiers, or from the subject of a light verb ("held talks").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import docmemo
from newsevents.actors.context import guessed_country
from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.grammar import NOUN_TAGS, Grammar, child, children, conjuncts, is_passive, lost_object
from newsevents.coding.matcher import Match, described_noun
from newsevents.coding.ontology import COERCE_ROOT, CONSULT_ROOT
from newsevents.coding.patterns import PatternSet
from newsevents.coding.subjects import Subjects
from newsevents.nlp import PLACE_ENTITIES, TIME_ENTITIES
from newsevents.records import Actor
from newsevents.tense import verb_in

# Events named by a noun whose role modifier is the doer ("an opposition protest", "a police crackdown");
# before a deed of violence or a meeting the modifier is mostly the victim or the host ("the embassy attack")
_ROLE_DOER_ROOTS = frozenset({"14", "17"})
# Modifiers before an attack noun that name who attacked: "a Taliban attack", "an Israeli airstrike"
_ATTACKER_DEPS = frozenset({"poss", "compound", "amod"})
_ATTACKER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
_NP_MODIFIERS = frozenset({"det", "nummod", "amod", "compound", "quantmod", "poss", "case", "nmod"})


@dataclass
class Roles:
    sources: list[Token]
    targets: list[Token]
    status_head: Token | None = None  # light verb whose modality the event takes


class RoleReader:
    def __init__(self, patterns: PatternSet, grammar: Grammar, resolver: ActorResolver, subjects: Subjects) -> None:
        self.patterns = patterns
        self.grammar = grammar
        self.resolver = resolver
        self.subjects = subjects

    def verb_roles(self, m: Match, actors: dict[int, Actor]) -> Roles:
        trig = m.trigger
        reduced = _reduced_passive(trig) or joined_passive(trig)
        described = self._described_by_party(trig, actors)  # "Assad's forces, backed by Russia, ..."
        undergoer = self._undergoer(m, actors)  # "the sanctions imposed on Russia", "protesters arrested in Moscow"
        if (is_passive(trig) or reduced or described is not None or undergoer) and trig.pos_ == "VERB":
            agent = child(trig, "agent")
            by = child(agent, "pobj") if agent is not None else None
            sources = conjuncts(by) if by is not None else self._attackers(trig, m)
            obj = (child(reduced or trig, "nsubjpass", "nsubj") or _gerund_undergoer(trig, self.grammar) or described
                   or next(iter(undergoer), None))
            targets = conjuncts(obj) if obj is not None and obj.i not in {w.i for w in m.words} else []
            targets = [described] if described is not None else targets  # not "forces, backed by X, and rebels"
            if m.target_anchor is not None and m.target_anchor is not trig:
                targets = self._slot(m.target_anchor) or targets
            # "the soldiers who were killed by militants": the relative pronoun is the noun it describes
            return Roles(sources, [self._relative_antecedent(t) for t in targets])
        sources = self.subjects.of(trig)
        targets = self._slot(m.target_anchor) if m.target_anchor is not None else []
        if m.pattern.undergone:  # "drew criticism from Beijing": the subject is criticised, Beijing criticises
            return Roles(targets, [self._relative_antecedent(t) for t in sources])
        if not targets and m.target_anchor is trig:
            targets = _shared_object(trig)  # "Kenya condemned and sanctioned Somalia"
        targets = [self._first_clause_object(_named_beside(t, actors), trig, actors) for t in targets]
        return Roles(sources, [self._relative_antecedent(t) for t in targets])

    def _undergoer(self, m: Match, actors: dict[int, Actor]) -> list[Token]:
        """The noun a past participle describes, as the passive subject that underwent it: when the pattern
        names it ("sanctions imposed on Iran"), a party does it ("a bill endorsed by Trump"), or the deed is
        coercion or violence ("protesters arrested in Moscow", "soldiers killed in the attack"); not "an
        official briefed on the case", where the participle only says who the person is."""
        noun = described_noun(m.trigger)
        if not noun or noun[0] in m.words or m.pattern.code[:2] in self.grammar.undergone_roots:
            return noun
        agent = child(m.trigger, "agent")
        by = child(agent, "pobj") if agent is not None else None
        return noun if by is not None and by.i in actors else []

    def _described_by_party(self, verb: Token, actors: dict[int, Actor]) -> Token | None:
        """The party a participle describes when its "by" agent is a party ("backed by Russia", "detained by
        Tehran"), not a thing ("backed by armored carriers", "backed by a U.N. mandate"); else None."""
        noun = _described_noun(verb)
        agent = child(verb, "agent")
        by = child(agent, "pobj") if agent is not None else None
        if noun is None or noun.i not in actors or by is None or by.i not in actors:
            return None  # not "a tweet condemned by House leaders"
        return None if by.pos_ == "NOUN" and not self.resolver.names_an_actor(by) else noun

    def _first_clause_object(self, tok: Token, trig: Token, actors: dict[int, Actor]) -> Token:
        """ "arrested a soldier and charged him", "shot a teenager, wounding him": an unresolved object
        pronoun of a second clause means the object of the clause it is joined to, when that names an actor
        of the same number; any other token stands for itself."""
        if tok.i in actors or tok.lower_ not in self.grammar.object_pronouns or trig.dep_ not in {"conj", "advcl"}:
            return tok
        first = child(trig.head, "dobj")
        if first is None or first.i not in actors or first.i > tok.i:
            return tok
        plural = tok.lower_ in self.grammar.plural_object_pronouns
        return first if (first.tag_ in {"NNS", "NNPS"}) == plural else tok

    def _attackers(self, trig: Token, m: Match) -> list[Token]:
        """ "killed in airstrikes by Israel", "wounded during an attack by militants", "killed in a U.S. drone
        strike": a violent deed in the passive without its own agent is done by whoever did the attack it
        happened in: the attack's "by" agent, else the party its modifiers name."""
        if m.pattern.code[:2] not in self.grammar.attack_roots:
            return []
        nouns = [o for p in children(trig, "prep") for o in children(p, "pobj")]
        nouns += [o for n in nouns for p in children(n, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        for attack in nouns:  # "killed in two days of attacks by Israel": the attacks, through "of"
            if attack.pos_ != "NOUN":
                continue
            if not self._names_attack(attack, noun=True):
                continue
            agent = next((child(p, "pobj") for p in children(attack, "prep") if p.lower_ == "by"), None)
            return conjuncts(agent) if agent is not None else self._attack_modifiers(attack)
        return self._attack_clause_subject(trig)

    def _attack_clause_subject(self, trig: Token) -> list[Token]:
        """ "25 people were killed when police stormed the camp", "two soldiers died as the Taliban continued
        their attacks": the subject of a clause of time whose verb, or its object, is an attack did it."""
        for clause in children(trig, "advcl"):
            if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in self.grammar.deed_clause_marks and c.i < clause.i
                       for c in clause.children):
                continue
            subj = child(clause, "nsubj")
            if subj is None or subj.pos_ == "PRON" or clause.pos_ != "VERB":
                continue
            if self._names_attack(clause, noun=False) or any(self._names_attack(o, noun=True)
                                                             for o in children(clause, "dobj")):
                return conjuncts(subj)
        return []

    def _names_attack(self, word: Token, *, noun: bool) -> bool:
        """A pattern of the word codes an attack ("airstrikes", "stormed")."""
        return self.patterns.codes_under(word.lemma_.lower(), word.lower_, self.grammar.attack_roots, noun=noun)

    @staticmethod
    def _attack_modifiers(attack: Token) -> list[Token]:
        """The name before an attack noun ("a Taliban attack", "a U.S. drone strike", "Israel's raid"), which
        the party finder resolves; none when the modifiers name nobody ("a deadly attack")."""
        return [c for c in attack.lefts if c.dep_ in _ATTACKER_DEPS
                and (c.pos_ == "PROPN" or c.ent_type_ in _ATTACKER_ENTITIES)][:1]

    def _relative_antecedent(self, tok: Token) -> Token:
        """ "the NBA, which he accused of ...": a relative pronoun object stands for the noun its clause
        describes; any other token stands for itself."""
        if tok.tag_ not in {"WDT", "WP"} or tok.lower_ not in self.grammar.relative_pronouns:
            return tok
        t = tok.head
        for _ in range(3):
            if t.dep_ == "relcl":
                return t.head
            if t.head.i == t.i:
                break
            t = t.head
        return tok

    def noun_roles(self, m: Match, actors: dict[int, Actor]) -> Roles:
        """Participants of an event named by a noun."""
        noun = m.trigger
        # any consultation noun is a meeting: "in a phone call with X", "during a visit to Y" (CAMEO 04)
        meeting = noun.lemma_.lower() in self.grammar.meeting_nouns or m.pattern.code[:2] == CONSULT_ROOT
        parties, targets = self._prep_roles(m, meeting)
        for c in noun.lefts:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                parties.append(c)
        for comp in children(noun, "acl", "relcl"):  # the parser reads some "for Y to" clauses as relative
            subj = child(comp, "nsubj")  # "X's call for the army to support him": the army is asked
            if subj is not None and any(m.lower_ == "for" for m in comp.children if m.dep_ == "mark"):
                targets.extend(conjuncts(subj))
        if not targets and noun.dep_ == "nsubj" and m.pattern.code[:2] in self.grammar.attack_roots:
            # "a drone strike in Baghdad killed a general": a party the deed's verb acts on, not a place it rocked
            targets.extend(t for t in _object_of_verb(noun.head) if t.ent_type_ not in PLACE_ENTITIES)
        if not targets and m.pattern.code[:2] in self.grammar.attack_roots:
            # "two commanders died in an Israeli airstrike in Gaza": whom the attack befell, not the place
            targets.extend(t for t in self._befallen(noun) if t.ent_type_ not in PLACE_ENTITIES)
        parties = self._modifier_parties(m, actors, parties)
        parties, governor = self._host_parties(noun, meeting, parties)
        if meeting and all(t.ent_type_ in TIME_ENTITIES for t in targets):  # "a call on Friday" names no one
            targets = [*self._hearers(noun), *targets]
        if not parties and meeting:  # "his meeting with Putin": whom the pronoun means (parties.py resolves it)
            parties.extend(c for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "PRON")
        if not parties and m.pattern.code[:2] in _ROLE_DOER_ROOTS and self._named_by_role(noun, actors):
            parties.append(noun)  # "an opposition protest", "a police crackdown": the modifier is the doer
        parties, targets = self._deed_of(m, actors, parties, targets)
        return Roles(parties, targets, governor)

    def _modifier_parties(self, m: Match, actors: dict[int, Actor], parties: list[Token]) -> list[Token]:
        """The parties the noun's modifiers name: the countries before it ("US-North Korea talks"); before an
        attack or a crackdown with no owner or agent, the armed body ("the Afghan army offensive" is the
        army's, not all Afghanistan's; "a police raid") or the leader of a "-led" attack ("Saudi-led air
        strikes")."""
        noun = m.trigger
        owners = [p for p in parties if p.dep_ == "poss"]
        # a crackdown or a raid (17) is made by the armed body its modifier names, as an attack is
        armed = not parties and (m.pattern.code[:2] in self.grammar.attack_roots or m.pattern.code[:2] == COERCE_ROOT)
        doers = (self._leader(noun, actors) or self._armed_modifiers(noun, actors)) if armed else []
        resolved = [d for d in doers if d.i in actors]
        countries = []
        for tok, actor in self.resolver.country_modifiers(noun):
            if any(o.left_edge.i <= tok.i < o.i for o in owners) or any(d.left_edge.i <= tok.i <= d.i
                                                                        for d in resolved):
                continue  # "the Japanese premier's refusal": the premier, whose phrase already says Japan
            actors.setdefault(tok.i, actor)
            countries.append(tok)
        # an armed word that names no actor of its own gives way to a country named beside it
        return [*parties, *countries, *(resolved or ([] if countries else doers))]

    def _leader(self, noun: Token, actors: dict[int, Actor]) -> list[Token]:
        """ "Saudi-led air strikes", "a US-led offensive": the name joined to a word of leading leads the attack."""
        for word in (c for c in noun.lefts if c.dep_ == "amod" and c.lower_ in self.grammar.leading_words):
            for name in (n for n in word.children if n.i < word.i and n.pos_ == "PROPN"):
                found = actors.get(name.i) or self.resolver.resolve(name, Mentions(date=None))
                if found is not None:
                    actors.setdefault(name.i, found)
                    return [name]
        return []

    def _armed_modifiers(self, noun: Token, actors: dict[int, Actor]) -> list[Token]:
        """The armed body a common-noun modifier of an attack noun names, who made the attack ("the army
        offensive on the town", "a police raid", "government air strikes"): the modifier when it resolves,
        else the noun whose phrase resolves by it; not a victim's role ("the student killings", "an embassy
        attack"): only the words of armed_doer_modifiers."""
        if noun.dep_ == "compound":
            return []  # "the shooting range", "an assault rifle": a kind of thing, no deed
        # (a noun has no subject: "the army offensive" parsed with "army" as one is a modifier misread)
        g = self.grammar
        words = g.armed_doer_modifiers if noun.lower_ in g.force_operation_nouns else \
            g.armed_doer_modifiers - g.force_doer_modifiers  # "the police bombing" bombed the police
        mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod", "nsubj"} and c.pos_ in {"NOUN", "ADJ"}
                and c.lower_ in words]
        if not mods:
            return []
        named = [c for c in (*mods, noun) if c.i in actors and actors[c.i].sector is not None]
        if not named:
            return mods[:1]  # resolved, if the sentence names its country, by the party finder
        # a country guessed from the story must be one the sentence names, a place's first ("raids in Borno")
        doer = actors[named[0].i]
        others = [(noun.doc[i], a) for i, a in actors.items() if i not in {named[0].i, noun.i}]
        places = {a.country for t, a in others if t.ent_type_ in PLACE_ENTITIES}
        named_here = doer.country in (places or {a.country for _, a in others})
        return named[:1] if named_here or not guessed_country(doer.how) else []

    def _deed_of(self, m: Match, actors: dict[int, Actor], parties: list[Token],
                 targets: list[Token]) -> tuple[list[Token], list[Token]]:
        """A deed noun with its object ("the expulsion of diplomats by the US", "the withdrawal of US troops
        from Syria"): the "by" agent the parser hangs on the object is the doer; the pattern's `*` slot is
        the target; forces a deployment or withdrawal moves are their own state's, the doer."""
        noun = m.trigger
        if not any(p.lower_ == "of" for p in children(noun, "prep")):
            return parties, targets
        if not parties:
            parties = [a for t in targets for p in children(t, "prep") if p.lower_ == "by"
                       for a in children(p, "pobj")]
        if not parties and noun.dep_ == "dobj" and not is_passive(noun.head):
            # "documented killings of civilians by soldiers": the parser hangs the deed's "by" on the verb
            parties = [a for p in noun.head.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
                       for a in children(p, "pobj") if a.i in actors]
        anchor = m.target_anchor
        slot = self._slot(anchor) if anchor is not None and anchor is not noun else []
        moved = [w for w in m.words if w.i in actors and w.lemma_.lower() in self.grammar.moved_force_nouns]
        if not parties and moved and m.pattern.code[:2] in self.grammar.force_moving_roots:
            parties = moved  # "the withdrawal of US troops": the US withdraws them
        targets = slot or [t for t in targets if t not in moved]
        return parties, targets

    def _befallen(self, noun: Token) -> list[Token]:
        """The subject of the passive or dying verb an attack noun happened in ("were wounded in a Taliban
        attack", "died in an airstrike"), else none; not an active subject ("Iran retaliated in an attack")."""
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if verb is None or verb.pos_ != "VERB" or noun.head.lower_ not in self.grammar.occasion_preps:
            return []
        subj = child(verb, "nsubjpass") if is_passive(verb) else None
        if subj is None and verb.lemma_.lower() in self.grammar.dying_verbs:
            subj = child(verb, "nsubj")
        return conjuncts(subj) if subj is not None else []

    def _prep_roles(self, m: Match, meeting: bool) -> tuple[list[Token], list[Token]]:
        """The parties and targets the event noun's prepositions name ("talks between A and B", "an attack on X")."""
        parties: list[Token] = []
        targets: list[Token] = []
        third_party = m.pattern.code in self.grammar.third_party_codes
        for prep in children(m.trigger, "prep"):
            obj = child(prep, "pobj")
            if obj is None:
                continue
            word = prep.lower_
            if word in self.grammar.between_preps and third_party:
                targets.extend(conjuncts(obj))  # "mediation between A and B": A and B are its targets
            elif word in self.grammar.between_preps or word == "by" or (word == "of" and meeting):
                parties.extend(conjuncts(obj))  # "talks between A and B", "a meeting of Iran with ..."
            elif word in self.grammar.noun_target_preps or word == "of":
                targets.extend(conjuncts(obj))
        return parties, targets

    def _host_parties(self, noun: Token, meeting: bool, parties: list[Token]) -> tuple[list[Token], Token | None]:
        """The parties, or else the subject of the verb that hosts the noun ("held talks", "ready for talks",
        "in a meeting with Abe, Biden said"); and the light verb whose modality the event takes, if any."""
        if meeting and noun.dep_ == "pobj" and noun.head.lower_ == "of" and not parties \
                and noun.head.head.lemma_.lower() in self.grammar.meeting_spans:
            noun = noun.head.head  # "after two days of talks with X", "held a round of talks": the stretch's place
        if noun.dep_ in {"dobj", "nsubjpass"} and verb_in(noun.head, self.grammar.light_verbs) \
                and child(noun.head, "oprd") is None:  # "called the attack horrific" judges it, makes none
            governor = noun.head
            return parties or self.subjects.of(governor), governor
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in self.grammar.readiness_words:
            return parties or self.subjects.of(noun.head.head), None
        verb = _adjunct_verb(noun) if meeting and noun.dep_ == "pobj" else None
        framing = self.grammar.occasion_preps | self.grammar.frame_preps
        if verb is not None and (noun.head.lower_ in framing or self.grammar.ahead_of(noun)):
            # "In a meeting with Abe, Biden said ...", "after his talks with Xi, Trump said ...", "Ahead of his
            # summit with Kim, Trump ...": the clause's subject takes part
            return parties or self.subjects.of(verb), None
        return parties, None

    def _hearers(self, noun: Token) -> list[Token]:
        """ "told Rouhani in a phone call that ...", "urged Putin during their talks to ...": the one the
        clause's verb addresses in the meeting it names is the meeting's other party."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.grammar.occasion_preps:
            return []
        verb = _adjunct_verb(noun)
        if verb is None or verb.lemma_.lower() not in self.grammar.addressing_verbs:
            return []
        obj = child(verb, "dobj", "dative")
        return conjuncts(obj) if obj is not None else []

    @staticmethod
    def _named_by_role(noun: Token, actors: dict[int, Actor]) -> bool:
        """The event noun's phrase resolves to an actor by the role a common-noun modifier names
        ("opposition", "police", "student"), not by a name, a capital ("the Moscow protest") or an
        "of" phrase ("protests of Assad")."""
        actor = actors.get(noun.i)
        if actor is None or actor.sector is None:
            return False
        mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "ADJ"}]
        return any((actor.how or "").startswith(f"role '{c.lower_}'") for c in mods)

    def _slot(self, anchor: Token) -> list[Token]:
        """The target at a pattern's `*`: the object of a preposition or of a verb."""
        if anchor.dep_ in {"prep", "agent", "dative"} or anchor.pos_ == "ADP":
            obj = child(anchor, "pobj")
            if obj is not None:  # "with reporters and with the Japanese premier": both prepositions' objects
                more = [o for p in anchor.conjuncts if p.pos_ == "ADP" for o in children(p, "pobj")]
                return [t for o in (obj, *more) for t in conjuncts(o)]
            comp = child(anchor, "pcomp")
            if comp is not None:
                subj = child(comp, "nsubj")
                return conjuncts(subj) if subj is not None else []
            follower = _noun_after(anchor)  # "asylum to five officers holed up ...": a lost object
            return conjuncts(follower) if follower is not None else []
        obj = child(anchor, "dobj", "dative", "attr") or _up_to_object(anchor) or lost_object(anchor)
        if obj is not None:
            return conjuncts(obj)
        for comp in children(anchor, "ccomp", "xcomp", "acl"):
            subj = child(comp, "nsubj")
            if subj is not None:
                return conjuncts(subj)
        if anchor.pos_ in NOUN_TAGS and anchor.dep_ == "dobj":
            return self._slot(anchor.head)  # "reiterated its demand that Israel ease ...": the verb's clause
        return []


def _reduced_passive(verb: Token) -> Token | None:
    """ "Soldiers killed or wounded in the attacks will receive medals": the parser makes the participle
    the main verb and "will receive" its conjunct; a participle with a subject, no auxiliary and no
    object, joined to a later verb with an auxiliary of its own, is a passive whose subject underwent
    it. (A bare "criticized Japan" tagged as a participle is still active.) Returns the verb that
    holds the subject (the first of joined participles), else None."""
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb
    if verb.tag_ != "VBN" or first.tag_ != "VBN" or child(first, "nsubj") is None:
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for v in (verb, first) for c in v.children):
        return None
    joined = [*first.children, *(first.head.children if first.dep_ in {"ccomp", "conj"} else [])]
    predicate = [c for c in joined if c.dep_ in {"conj", "ccomp"} and c.i > verb.i and c.pos_ in {"VERB", "AUX"}
                 and any(a.dep_ in {"aux", "auxpass"} for a in c.children) and child(c, "nsubj") is None]
    return first if predicate else None


def _described_noun(verb: Token) -> Token | None:
    """ "Assad's forces, backed by Russia, held the city", "rebels supported by Turkey": a participle with a
    "by" agent that describes a noun is a passive whose subject is that noun. Returns the noun, else None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or child(verb, "agent") is None:
        return None
    return verb.head if verb.head.pos_ in NOUN_TAGS else None


def joined_passive(verb: Token) -> Token | None:
    """ "was arrested and sentenced to ten days", "were detained and charged": a participle joined to a
    passive verb, with no subject, auxiliary or object of its own, is passive too and shares the first
    verb's subject. Returns that first verb, else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB":
        return None
    head = verb.head
    if not (child(head, "auxpass") is not None and child(head, "nsubjpass") is not None):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children):
        return None
    return head


def _named_beside(noun: Token, actors: dict[int, Actor]) -> Token:
    """ "berated the summit's host, Prime Minister Justin Trudeau": a common noun that names no actor stands
    for the name set right after it and a comma (which the parser may hang on a verb as an adverb)."""
    if noun.pos_ != "NOUN" or noun.i in actors:
        return noun
    named = _name_beside(noun)
    return named if named is not None and named.i in actors else noun


def _name_beside(noun: Token) -> Token | None:
    """The name right after a noun's phrase and a comma, else None."""
    comma = noun.right_edge.i + 1
    doc = noun.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for tok in doc[comma + 1: docmemo.sentence(noun).end]:
        if tok.dep_ in {"npadvmod", "appos"} and tok.pos_ == "PROPN" and tok.left_edge.i == comma + 1:
            return tok if tok.ent_type_ not in TIME_ENTITIES else None
        if tok.pos_ not in {"PROPN", "ADJ", "DET"} and tok.dep_ not in {"compound", "amod"}:
            return None
    return None


def _gerund_undergoer(verb: Token, grammar: Grammar) -> Token | None:
    """ "The gunman wounded three people before being shot by police", "after being arrested, Navalny said":
    a passive gerund with no subject of its own happened to the subject of the clause it hangs
    from. Returns that subject, else None."""
    if verb.tag_ != "VBN" or not any(a.dep_ == "auxpass" and a.lower_ == "being" for a in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in grammar.adverbial_preps:
        clause = verb.head.head  # not "described the rallies as being backed by X": the object underwent it
    elif verb.dep_ == "advcl":
        clause = verb.head
    else:
        return None
    # an active clause's subject only: "the station was stormed before being handed back" is a thing handed
    return child(clause, "nsubj") if clause.pos_ in {"VERB", "AUX"} else None


def _shared_object(verb: Token) -> list[Token]:
    """The object of the next coordinated verb, when this verb has none of its own."""
    if child(verb, "dobj", "dative", "ccomp", "xcomp") is not None:
        return []
    for conj in children(verb, "conj"):
        if conj.pos_ == "VERB" and child(conj, "nsubj", "nsubjpass") is None:
            obj = child(conj, "dobj")
            return conjuncts(obj) if obj is not None else []
    return []


def _adjunct_verb(noun: Token) -> Token | None:
    """The verb a noun's prepositional phrase hangs from ("after talks with X, Y said", "in the run-up to
    the summit, Y said"), or None when the noun is no such adjunct."""
    t = noun
    for _ in range(5):
        # (through an object the parser hung the phrase on: "told Xi in a call" as if "Xi in a call")
        if t.dep_ not in {"pobj", "prep", "advmod", "dobj"} or t.head.i == t.i:
            return None
        was_object, t = t.dep_ == "pobj", t.head
        if not was_object and t.pos_ in {"VERB", "AUX"}:  # not the preposition "following" itself
            return t
    return None


def _object_of_verb(verb: Token) -> list[Token]:
    """The direct objects of a verb, or none."""
    obj = child(verb, "dobj") if verb.pos_ == "VERB" else None
    return conjuncts(obj) if obj is not None else []


def _noun_after(prep: Token) -> Token | None:
    """The noun phrase right after a preposition the parser left without an object."""
    for tok in prep.doc[prep.i + 1: prep.sent.end]:
        if tok.pos_ in NOUN_TAGS and tok.dep_ not in _NP_MODIFIERS:
            return tok
        if tok.dep_ not in _NP_MODIFIERS:
            return None
    return None


def _up_to_object(verb: Token) -> Token | None:
    """ "kidnapped up to 16 advisers": the parser reads "up" as a particle and the object as "to"'s."""
    for up in verb.children:
        if up.lower_ == "up":
            for to in up.children:
                if to.lower_ == "to":
                    return child(to, "pobj")
    return None
