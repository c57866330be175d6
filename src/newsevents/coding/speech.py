"""Events read off what a speaker says rather than off a trigger word.

- "'If Y attacks us, we will respond,' X said": X threatens Y (CAMEO 130);
- "X said Y must do Z": X demands of Y (CAMEO 100);
- "X vowed that Y would pay the price", "'Y will regret it,' X said": X threatens Y (CAMEO 130), replacing
  the vow or the statement;
- "X said Y's deal was flawed": X criticizes Y (see coding/evaluation.py), replacing a plain statement;
- "X said Y had done a great job": X praises Y (CAMEO 051), the same way;
- "X denied that its troops were there", "X denied taking bribes": X rejects the claim (CAMEO 120);
  "X acknowledged that its account was wrong", "X admitted making a mistake": X concedes (CAMEO 080).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.resolver import ActorResolver, Mentions, noun_phrase
from newsevents.coding.agency import Agency
from newsevents.coding.evaluation import PRAISE_CODE, Evaluation, EvaluationFinder, EvaluationLexicon
from newsevents.coding.event import CodedEvent
from newsevents.coding.grammar import Grammar, child, children, conjuncts
from newsevents.coding.guards import poll_view
from newsevents.coding.modality import status_of
from newsevents.coding.ontology import DENIAL_CODE, STATEMENT_ROOT
from newsevents.coding.subjects import Subjects
from newsevents.records import Actor, Status

_SAY_MUST_CODE = "100"  # CAMEO 100: demand, not specified below
_THREAT_CODE = "130"
_ADMIT_CODE = "080"  # an error owned up to (PLOVER CONCEDE: regret, a wrong admitted)
_VOW_ROOTS = frozenset({"01", "03"})  # a statement or a promise, which a vowed penalty makes a threat


class SpeechEvents:
    def __init__(self, grammar: Grammar, resolver: ActorResolver, subjects: Subjects, agency: Agency) -> None:
        self.grammar = grammar
        self.resolver = resolver
        self.subjects = subjects
        self.agency = agency
        self.evaluations = EvaluationFinder(EvaluationLexicon.load(), grammar, resolver)
        # the verbs that put a judgement on their object ("called the visit a provocation")
        self.judging_verbs = self.evaluations.words.evaluation_verbs
        # the lemmas a word must have for the sentence-wide passes to look at it further: the cheap test first
        self._penalty_lemmas = grammar.penalty_verbs | grammar.regret_verbs
        self._right_lemmas = grammar.right_backing_verbs | grammar.right_holding_verbs

    def demands(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
        """ "X said/argued/declared that Y must do Z" -> X demands of Y (CAMEO 100)."""
        out = []
        lemmas = docmemo.lemmas(sent.doc)
        for verb in docmemo.span_tokens(sent):
            if lemmas[verb.i] not in self.grammar.speech_verbs or verb.pos_ != "VERB":
                continue
            if lemmas[verb.i] in self.grammar.belief_verbs:
                continue  # "most Germans think the government should send aid": an opinion, not a demand
            if poll_view(verb, self.grammar):
                continue  # "sixty percent of voters say Congress should act": a poll's finding
            clauses = children(verb, "ccomp") + ([verb.head] if verb.dep_ == "parataxis" else [])
            for comp in clauses:
                demanded = self._demanded(comp)
                if demanded is None:
                    continue
                sources = [s for s in self.subjects.of(verb)
                           if s.i in actors and s.lemma_.lower() not in self.grammar.pundit_nouns]
                targets = [t for t in demanded if t.i in actors]
                status = status_of(verb, self.grammar)
                for s in sources:
                    for t in targets:
                        if t.lower_ in self.grammar.first_person and actors[t.i].code == actors[s.i].code:
                            continue  # '"We must expect more violence," the official said': the speaker's own duty
                        out.append(CodedEvent(verb, verb.i + 1, _SAY_MUST_CODE, actors[s.i], actors[t.i], status,
                                              None, "grammar: speech verb + must-complement", 0.7))
        return out

    def _demanded(self, comp: Token) -> list[Token] | None:
        """Who a reported clause puts a demand on: the subject of "Y must/should do Z" (not "should have
        done": a reproach for the past), or the one "it is incumbent on" ("upon") to act; None: no demand."""
        aux = " ".join(c.lower_ for c in comp.children if c.dep_ == "aux")
        if any(modal in aux.split() or modal == aux for modal in self.grammar.demand_modals):
            if "have" in aux.split() and comp.tag_ == "VBN":
                return None
            subj = child(comp, "nsubj", "nsubjpass")
            return conjuncts(subj) if subj is not None else []
        duties = [a for a in children(comp, "acomp") if a.lower_ in self.grammar.duty_adjectives]
        if comp.lemma_ != "be" or not duties or any(c.dep_ == "neg" for c in comp.children):
            return None
        return [o for p in children(duties[0], "prep") if p.lower_ in self.grammar.duty_preps
                for o in children(p, "pobj")]

    def claims_answered(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
        """ "Moscow denied that its troops were in Ukraine", "the minister denied taking bribes": a claim
        denied (CAMEO 016, REJECT); "officials acknowledged that their account was wrong", "admitted making a mistake",
        "admitted lying": an error owned up to (080). The denied deed keeps its own (negated) event."""
        out = []
        lemmas = docmemo.lemmas(sent.doc)
        for verb in docmemo.span_tokens(sent):
            lemma = lemmas[verb.i]
            g = self.grammar
            if verb.pos_ != "VERB" or (lemma not in g.denial_verbs and lemma not in g.admission_verbs):
                continue
            told = [c for c in children(verb, "ccomp", "xcomp")
                    if c.tag_ == "VBG" or child(c, "nsubj", "nsubjpass") is not None]
            denial = lemma in self.grammar.denial_verbs
            if not denial:
                told = [c for c in told if self._owned_error(c)]
            if not told or status_of(verb, self.grammar) != "asserted":
                continue  # "did not deny that", "may admit"
            if any(c.lower_ in self.grammar.habitual_adverbs for c in children(verb, "advmod")):
                continue  # "has always denied he wants the job": a stance kept, no answer at a time
            code, how = (DENIAL_CODE, "denied") if denial else (_ADMIT_CODE, "admitted")
            out += [CodedEvent(verb, verb.i + 1, code, actors[s.i], None, "asserted", None,
                               f"grammar: a claim {how} in a clause", 0.6) for s in self._tellers(verb, actors)]
        return out

    def _owned_error(self, clause: Token) -> bool:
        """The admitted clause names an error: "its account was wrong", "making a mistake", "lying"."""
        errors = self.grammar.error_words
        if child(clause, "neg") is not None:
            return False  # "admitted that the account was not wrong"
        return clause.lemma_.lower() in errors or any(
            c.lemma_.lower() in errors and child(c, "neg") is None for c in children(clause, "acomp", "attr", "dobj"))

    def penalties_foretold(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
        """ "Erdogan vowed that the Netherlands would pay the price", "'Iran will pay a heavy price,' X
        said", "X said Y would regret it": a penalty vowed or said to be coming for another actor is a
        threat by the one who says it (CAMEO 130), not a promise or a statement."""
        out = []
        lemmas = docmemo.lemmas(sent.doc)
        for verb in docmemo.span_tokens(sent):
            if lemmas[verb.i] not in self._penalty_lemmas:
                continue  # what _penalty_teller tests first, without decoding the lemma again
            gov = self._penalty_teller(verb)
            if gov is None:
                continue
            subj = child(verb, "nsubj")
            targets = [t for t in conjuncts(subj) if t.i in actors] if subj is not None else []
            rule = "vow" if gov.lemma_.lower() in self.grammar.vowing_verbs else "speech verb"
            out += self._threats_to_others(gov, self._tellers(gov, actors), targets, actors,
                                           f"grammar: {rule} + penalty for another")
        return out

    def responses_foretold(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
        """ "'If Iran attacks us, we will respond with force,' X said": a response of the speaker's side
        said to follow another actor's deed is a threat to that actor (CAMEO 130; PLOVER's threats are
        conditional by nature)."""
        out = []
        lemmas = docmemo.lemmas(sent.doc)
        for verb in docmemo.span_tokens(sent):
            if lemmas[verb.i] not in self.grammar.response_verbs:
                continue  # what _response_teller tests first, without decoding the lemma again
            gov = self._response_teller(verb)
            if gov is None:
                continue
            subj = child(verb, "nsubj")
            # "X said that if Iran attacks, Israel will respond": no response of X's own
            speakers = [s for s in self._tellers(gov, actors) if self._speakers_side(subj, actors[s.i], actors)]
            out += self._threats_to_others(gov, speakers, self._conditional_doers(verb, actors), actors,
                                           "grammar: speech verb + response if another acts")
        return out

    def _tellers(self, gov: Token, actors: dict[int, Actor]) -> list[Token]:
        """The subjects of the verb of saying ``gov`` that are actors able to say it."""
        return [s for s in self.subjects.of(gov) if s.i in actors and self.agency.can_act(s, actors[s.i])]

    def _threats_to_others(self, gov: Token, sources: list[Token], targets: list[Token], actors: dict[int, Actor],
                           how: str) -> list[CodedEvent]:
        """A threat (CAMEO 130) told by ``gov``, by each source to each target of another country: a penalty
        or a response for one's own side is no threat."""
        status = status_of(gov, self.grammar)
        return [CodedEvent(gov, gov.i + 1, _THREAT_CODE, actors[s.i], actors[t.i], status, None, how, 0.7)
                for s in sources for t in targets if actors[s.i].country != actors[t.i].country]

    def rights_claimed(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
        """ "Syria warned Israel it has the right to respond by all available means": a right to respond or
        to defend claimed for the speaker's side is a threat (CAMEO 130) when aimed at another actor, the
        one warned or the one the response is to ("has the right and duty to protect this nation" alone
        threatens no one); "Obama said Israel has the right to defend itself", "affirmed Israel's right
        to defend itself": the same right of another actor, or its right to exist, supports that actor
        (CAMEO 051)."""
        out = []
        lemmas = docmemo.lemmas(sent.doc)
        for tok in docmemo.span_tokens(sent):
            if lemmas[tok.i] not in self._right_lemmas:
                continue  # what _right_backed and _right_held test first, without decoding the lemma again
            backed = self._right_backed(tok, actors)
            if backed is not None:
                out += self._support(tok, backed, actors)
            deed = self._right_held(tok)
            if deed is None:
                continue
            gov = self._teller(tok.head) if tok.dep_ == "ccomp" else None
            holder = child(tok, "nsubj")
            if gov is None or holder is None:
                continue
            status = status_of(gov, self.grammar)
            for s in self._tellers(gov, actors):
                out += self._right_of(gov, deed, holder, s, actors, status)
        return out

    def _right_backed(self, verb: Token, actors: dict[int, Actor]) -> Token | None:
        """The holder of the right that ``verb`` backs: "affirmed Israel's right to defend itself", "backs
        the right of Ukraine to join NATO" (the holder must be an actor)."""
        if verb.lemma_.lower() not in self.grammar.right_backing_verbs or verb.pos_ != "VERB":
            return None
        right = next((c for c in children(verb, "dobj") if c.lemma_.lower() == "right"), None)
        if right is None:
            return None
        holders = [*children(right, "poss"), *(o for p in children(right, "prep") if p.lower_ == "of"
                                               for o in children(p, "pobj"))]
        return next((h for h in holders if h.i in actors), None)

    def _support(self, verb: Token, holder: Token, actors: dict[int, Actor]) -> list[CodedEvent]:
        """Support of another actor's right by the subject of ``verb``; none for a right of one's own
        country ("affirmed his country's right to enrich uranium")."""
        held = actors[holder.i]
        status = status_of(verb, self.grammar)
        return [CodedEvent(verb, verb.i + 1, PRAISE_CODE, actors[s.i], held, status, None,
                           "grammar: backing another's right", 0.7)
                for s in self.subjects.of(verb) if s.i in actors and self.agency.can_act(s, actors[s.i])
                and not self._own_side(actors[s.i], held, guessed=False)
                and held.country != actors[s.i].country]

    def _right_of(self, gov: Token, deed: Token, holder: Token, speaker: Token, actors: dict[int, Actor],
                  status: Status) -> list[CodedEvent]:
        source = actors[speaker.i]
        own = self._speakers_side(holder, source, actors) or (
            holder.i not in actors and holder.lower_ in self.grammar.own_side_pronouns)
        if own and deed.lemma_.lower() in self.grammar.defence_rights:
            warned = [t for c in children(gov, "dobj", "dative") for t in conjuncts(c) if t.i in actors]
            warned += [t for p in children(deed, "prep") if p.lower_ in self.grammar.response_preps
                       for t in self._answered(child(p, "pobj"), actors)]
            targets = [actors[t.i] for t in warned if actors[t.i].country != source.country]
            return [CodedEvent(gov, gov.i + 1, _THREAT_CODE, source, t, status, None,
                               "grammar: speech verb + own right to respond", 0.6) for t in targets]
        held = actors.get(holder.i)
        if own or held is None or held.code == source.code or held.country == source.country:
            return []  # a right of one's own side to exist, or of nobody named
        return [CodedEvent(gov, gov.i + 1, PRAISE_CODE, source, held, status, None,
                           "grammar: speech verb + another's right to defend itself", 0.6)]

    @staticmethod
    def _answered(noun: Token | None, actors: dict[int, Actor]) -> list[Token]:
        """Whom a response is to: the actor named ("respond to Israel") or the doer of the deed named
        ("retaliate against any attack by Israel", "respond to Israel's aggression")."""
        if noun is None:
            return []
        agents = (o for p in children(noun, "prep") if p.lower_ == "by" for o in children(p, "pobj"))
        doers = [noun] if noun.i in actors else [*children(noun, "poss"), *agents]
        return [t for d in doers for t in conjuncts(d) if t.i in actors]

    def _right_held(self, have: Token) -> Token | None:
        """The deed of "(Y) has the right to <deed>" ("reserves the right" is a pattern of its own) when it
        is a right to respond, to defend or to exist and "have" is not negated ("has no right to", "does not
        have the right")."""
        if have.lemma_.lower() not in self.grammar.right_holding_verbs or have.pos_ not in {"VERB", "AUX"}:
            return None
        if any(c.dep_ == "neg" for c in have.children):
            return None
        right = next((c for c in children(have, "dobj") if c.lemma_.lower() == "right"), None)
        if right is None or any(c.dep_ == "det" and c.lower_ == "no" for c in right.children):
            return None
        deed = next((c for c in right.children if c.dep_ in {"acl", "xcomp", "relcl"} and c.pos_ == "VERB"), None)
        if deed is None:
            return None
        lemma = deed.lemma_.lower()
        return deed if lemma in self.grammar.defence_rights | self.grammar.granted_rights else None

    def _speakers_side(self, subj: Token | None, speaker: Actor, actors: dict[int, Actor]) -> bool:
        """The responder is the speaker's side: "we", or an actor of the speaker's country ("the spokeswoman
        said China would respond")."""
        if subj is None:
            return False
        if subj.lower_ in self.grammar.first_person:
            return True
        actor = actors.get(subj.i)
        return actor is not None and actor.country is not None and actor.country == speaker.country

    def _conditional_doers(self, verb: Token, actors: dict[int, Actor]) -> list[Token]:
        """The actors whose deed an if-clause on ``verb`` names: "if Iran attacks us" (not "if it rains")."""
        subjects = [s for c in children(verb, "advcl") if any(m.lower_ == "if" for m in children(c, "mark"))
                    for s in children(c, "nsubj")]
        return [t for s in subjects for t in conjuncts(s)
                if t.i in actors and t.lower_ != "it" and self.agency.can_act(t, actors[t.i])]

    def _response_teller(self, verb: Token) -> Token | None:
        """The vow or speech verb of a future response clause ("we will respond/retaliate"), or None."""
        if verb.lemma_.lower() not in self.grammar.response_verbs or verb.dep_ != "ccomp":
            return None
        return self._teller(verb.head) if self._future_asserted(verb) else None

    def _penalty_teller(self, verb: Token) -> Token | None:
        """The verb that vows or says the penalty clause ``verb`` ("would pay the price", "will regret
        it"), or None: the clause must be a future one with its own subject, not negated, and hang from a
        vow or from a speech verb that is no belief or prediction ("analysts predicted Iran would pay")."""
        lemma = verb.lemma_.lower()
        regret = lemma in self.grammar.regret_verbs
        if lemma not in self.grammar.penalty_verbs and not regret:
            return None  # the cheap test first: most words are no penalty verb
        gov = verb.head
        subj = child(verb, "nsubj")
        # the that-clause, or a clause with its own subject the parser hung beside the vow
        if not (verb.dep_ == "ccomp" or (verb.dep_ == "conj" and subj is not None)):
            return None
        if not regret and not any(c.dep_ == "dobj" and c.lemma_.lower() in self.grammar.consequence_words
                                  for c in verb.children):
            return None  # "vowed that Iran would pay its debts"
        return self._teller(gov) if self._future_asserted(verb) else None

    def _future_asserted(self, verb: Token) -> bool:
        """ "will/would pay", not "would not pay"."""
        coming = self.grammar.future_aux | self.grammar.conditional_aux
        future = any(c.dep_ == "aux" and c.lower_ in coming for c in verb.children)
        return future and not any(c.dep_ == "neg" for c in verb.children)

    def _teller(self, gov: Token) -> Token | None:
        """``gov`` if it vows or says what it governs, and is no belief or prediction ("analysts predicted
        Iran would pay") nor a poll's finding."""
        teller = gov.lemma_.lower()
        if teller in self.grammar.vowing_verbs:
            return gov
        said = teller in self.grammar.speech_verbs and gov.pos_ == "VERB"
        if not said or teller in self.grammar.belief_verbs or teller in self.grammar.speculation_verbs:
            return None
        return None if poll_view(gov, self.grammar) else gov

    def criticisms(self, sent: Span, actors: dict[int, Actor], mentions: Mentions) -> list[CodedEvent]:
        """ "X said Y's deal was flawed", "X called the US sanctions illegal": X criticizes Y; "X said Y
        had done a great job": X praises Y (see coding/evaluation.py); the speaker must be an actor, and
        no one criticizes or praises themselves."""
        out = []
        for ev in self.evaluations.find(sent, actors, mentions):
            if status_of(ev.verb, self.grammar) != "asserted" or poll_view(ev.verb, self.grammar):
                continue  # "did not call the deal flawed", "may say the plan is reckless", "most voters said"
            felt = children(ev.verb, "nsubjpass") if ev.word.i == ev.verb.i else []  # "Iran was outraged by"
            sources = [s for s in self.subjects.of(ev.verb) or felt
                       if s.i in actors and self.agency.can_act(s, actors[s.i])]
            for s in sources:
                out.extend(self._criticism(ev, actors[s.i], s, actors))
        return out

    def _criticism(self, ev: Evaluation, source: Actor, source_tok: Token,
                   actors: dict[int, Actor]) -> list[CodedEvent]:
        guessed = self._country_from_context(source_tok, source)
        if not ev.targets and guessed:
            return []  # "critics said the deal was flawed": whose critics and whose deal, unknown
        targets = [t for t in ev.targets if not self._own_side(source, actors[t.i], guessed)]
        if ev.targets and not targets:
            return []  # "the minister said Canada's response was a failure": self-criticism
        tone = {PRAISE_CODE: "positive", DENIAL_CODE: "a charge judged false:"}.get(ev.code, "negative")
        rule = f"evaluation: '{ev.verb.text}' + {tone} '{ev.word.text}' (data/evaluation.yaml)"
        spans = [(noun_phrase(t).start, noun_phrase(t).end) for t in [source_tok, *targets]]
        if not targets:
            return [CodedEvent(ev.verb, ev.verb.i + 1, ev.code, source, None, "asserted", None, rule, 0.5, spans)]
        return [CodedEvent(ev.verb, ev.verb.i + 1, ev.code, source, actors[t.i], "asserted", None, rule, 0.7, spans)
                for t in targets]

    @staticmethod
    def _own_side(source: Actor, target: Actor, guessed: bool) -> bool:
        """The target is the speaker, or the speaker's own state named bare ("Canada's response"), or
        shares a country the resolver only guessed for the speaker."""
        if target.code == source.code:
            return True
        same_country = target.country is not None and target.country == source.country
        return same_country and (guessed or target.code == target.country)

    def _country_from_context(self, tok: Token, actor: Actor) -> bool:
        """An unnamed role ("officials said") whose country the resolver took from the sentence: maybe
        the very country it criticizes, so no criticism between the two is read."""
        phrase = noun_phrase(tok)
        return (tok.pos_ == "NOUN" and actor.name is None and not self.resolver.country_modifiers(tok)
                and not any(t.pos_ == "PROPN" for t in phrase))


def with_threats(events: list[CodedEvent], threats: list[CodedEvent]) -> list[CodedEvent]:
    """Threats read off a vowed penalty (and support read off a right granted or backed) replace the
    statement or promise coded at the same verb, and a pattern's event of their own kind there with
    no target or the same one ("051 back *" or "054 recognize *" at "recognized Israel's right to
    exist"); a pattern's event of that kind aimed at someone else stands ("X warned Y that Z would pay
    the price" is a threat to Y and one to Z)."""
    at = {t.trigger.i for t in threats}
    aimed = {(t.trigger.i, t.code[:2], t.target.code if t.target else None) for t in threats}
    told = {(i, root) for i, root, _ in aimed}

    def replaced(e: CodedEvent) -> bool:
        if e.code[:2] in _VOW_ROOTS:
            return e.trigger.i in at
        target = e.target.code if e.target else None
        return (e.trigger.i, e.code[:2]) in told and (target is None or (e.trigger.i, e.code[:2], target) in aimed)

    return [e for e in events if not replaced(e)] + threats


def with_criticism(events: list[CodedEvent], criticism: list[CodedEvent],
                   judging_verbs: frozenset[str]) -> list[CodedEvent]:
    """Criticism (or praise) read off a judgement, unless a pattern already coded an event of its kind
    at its verb (an accusation; praise or support); it replaces a plain statement there ("expressed
    concern" alone is CAMEO 012, a pessimistic comment). A denial coded at the verb ("called the allegations
    baseless", 016) stays: the judgement answers a charge, no criticism is read there. A pattern's event of
    the judgement's kind with no target gives way to a judgement aimed at someone ("called the American offer
    absurd": the offer's owner is criticized). At a verb that puts a judgement on its object
    (`judging_verbs`: "called the visit a provocation", "called the strike an act of war") the judgement
    replaces whatever a pattern read there (no visit or strike is called for)."""
    coded = {(e.trigger.i, e.code[:2]) for e in events if e.target is not None}
    aimless = {(e.trigger.i, e.code[:2]) for e in events if e.target is None}
    denied = {e.trigger.i for e in events if e.code == DENIAL_CODE}
    criticism = [c for c in criticism if (c.trigger.i, c.code[:2]) not in coded and c.trigger.i not in denied
                 and (c.target is not None or (c.trigger.i, c.code[:2]) not in aimless)]
    judged = {c.trigger.i for c in criticism}
    named = {c.trigger.i for c in criticism if c.trigger.lemma_.lower() in judging_verbs}
    # a pattern's event with no target gives way to a judgement of its kind aimed at someone
    kinds = {(c.trigger.i, c.code[:2]) for c in criticism}
    return [e for e in events if not (e.trigger.i in judged and e.code[:2] == STATEMENT_ROOT)
            and e.trigger.i not in named and (e.trigger.i, e.code[:2]) not in kinds] + criticism
