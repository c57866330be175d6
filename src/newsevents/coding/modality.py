"""Is the event asserted, negated, hypothetical or future?

Classic coders code "X denied attacking Y" as an attack. We read the clause around
the trigger: negation on the verb or on a governing verb ("denied", "failed to"),
conditions ("if", "unless"), modals ("could", "may"), questions, and future markers
("will", "plans to"). Only asserted and future events count in statistics.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.coding.grammar import NOUN_TAGS, PRESENT_TAGS, Grammar, child, children, complement_heads, is_infinitive
from newsevents.coding.irrealis import irrealis
from newsevents.coding.unrealized import unrealized
from newsevents.records import Status


def clause_path(trigger: Token) -> list[Token]:
    """The trigger and the verbs that govern it, up to the sentence root."""
    path = [trigger]
    t = trigger
    while t.head.i != t.i and len(path) < 8:
        t = t.head
        path.append(t)
    return path


def status_of(trigger: Token, grammar: Grammar, *, governor: Token | None = None) -> Status:
    """The modality of the event named by `trigger`.

    `governor` is the light verb of a nominal event ("did not hold talks"): its negation
    and modals are the event's. The steps run in order; the first that decides wins.
    """
    heads = [trigger] if governor is None else [trigger, governor]
    trip = _trip(governor or trigger, grammar)
    if trip is not None:
        return _negated(heads, trigger, grammar) or status_of(trip, grammar)
    path = clause_path(governor or trigger)
    speech = grammar.speech_head(governor or trigger)
    return (_negated(heads, trigger, grammar) or unrealized(trigger, governor or trigger, grammar)
            or _governed(path, grammar) or _claimed(path, grammar)
            or _conditional(path, speech, grammar) or _purpose(path, grammar)
            or irrealis(trigger, governor or trigger, grammar) or _guessed(heads, path, grammar)
            or _modal(heads, path, speech, trigger, grammar) or _future(heads, path, grammar) or "asserted")


def _negated(heads: list[Token], trigger: Token, grammar: Grammar) -> Status | None:
    """ "did not attack", "no longer recognizes", "rather than cave in"."""
    for h in heads:
        if any(c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in grammar.negators) or _no_longer(c)
               or (c.dep_ == "aux" and child(c, "neg") is not None) for c in h.children):
            return "negated"  # the last: "does not, and never will, recognize" hangs "never" on "will"
    if _negated_noun(trigger, grammar) or _marked_by(trigger, grammar.negating_marks):
        return "negated"
    # "is not going to interfere", "did not rule out accepting": not done, and no refusal either
    return "hypothetical" if _negated_governor(trigger) else None


def _that(clause: Token) -> bool:
    """The clause opens with "that" ("fears that ..."), not a participle ("fears fuelled by ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _negated_governor(trigger: Token) -> bool:
    """ "is not going to interfere", "does not plan to attack", "will not be able to pass reforms": the
    negation sits on the verb above."""
    t = trigger
    for _ in range(3):
        if t.dep_ not in {"xcomp", "acomp"} or t.head.i == t.i:
            return False
        t = t.head
        if any(c.dep_ == "neg" for c in t.children):
            return True
    return False


def _negated_noun(trigger: Token, grammar: Grammar) -> bool:
    """ "no interest in supporting", "no plans to meet": the noun whose complement the trigger is has "no"."""
    for t in complement_heads(trigger):
        if t.pos_ == "NOUN":
            return any(c.dep_ in {"det", "neg"} and c.lower_ in grammar.negators for c in t.children)
    return False


def _governed(path: list[Token], grammar: Grammar) -> Status | None:
    """A governing word that denies, asks for or permits its complement: "denied attacking",
    "failed to reach", "its refusal to cave", "calls to impose sanctions", "allows X to seize"."""
    for lower, upper in pairwise(path):
        if _describes_noun(lower):
            break  # "refused to read the text that Russia endorsed": the endorsement is told as a fact
        if _denying(lower, upper, grammar):
            return "negated"
        if _asking(lower, upper, grammar) or _unrealizing(lower, upper, grammar):
            return "hypothetical"
    return _judged(path[0], grammar) or _prospect(path[0], grammar)


def _describes_noun(clause: Token) -> bool:
    """A relative clause or a participle with its doer that tells what a noun is ("the deal that Iran signed",
    "the army, backed by protesters"): a fact about the noun, not the complement of the verbs above the noun.
    A bare participle stays with them: "asked him to adhere to deals reached with Israel" names the deals asked
    for as much as the past ones."""
    if _cleft(clause):
        return False  # "denied it was Iranian forces that attacked the tankers": the deed is what is denied
    return clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBN"
                                       and child(clause, "agent") is not None)


def _cleft(clause: Token) -> bool:
    """ "it was its soldiers who killed the protesters": the relative clause of a cleft sentence tells the deed
    the sentence is about, its noun only who did it."""
    noun = clause.head
    copula = noun.head
    if clause.dep_ != "relcl" or noun.dep_ != "attr" or copula.lemma_.lower() != "be":
        return False
    subject = child(copula, "nsubj", "expl")
    return subject is not None and subject.lower_ == "it"


def _prospect(noun: Token, grammar: Grammar) -> Status | None:
    """ "raised the prospect of a summit", "the possibility of talks": an event noun that may come, not held
    (the noun's own "of" only: "a visit told in a message on the notion of a shift" was held)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in grammar.prospect_nouns:
        return "hypothetical"
    return None


def _denying(lower: Token, upper: Token, grammar: Grammar) -> bool:
    """ ``upper`` denies its complement ``lower``: "denied attacking", "failed to reach", "refrained from
    bombing", "its refusal to cave"."""
    lemma = upper.lemma_.lower()
    if lower.dep_ in {"xcomp", "ccomp", "pcomp", "advcl"} and lemma in grammar.negating_verbs:
        return True
    if (lower.dep_ in {"pobj", "pcomp"} and upper.head.lemma_.lower() in grammar.negating_verbs
            and upper.lower_ not in grammar.adverbial_preps):
        return True  # "refrained from bombing Raqqa"; not "after talks with Kyiv, Putin rejected ..."
    return lower.dep_ in {"acl", "xcomp"} and lemma in grammar.negating_nouns


def _asking(lower: Token, upper: Token, grammar: Grammar) -> bool:
    """ ``upper`` asks for, allows or floats its complement ``lower``, which is not done."""
    lemma = upper.lemma_.lower()
    if lower.dep_ == "acl" and lemma in grammar.request_nouns:
        return True  # asked for, not done
    if lower.dep_ in {"xcomp", "ccomp"} and lemma in grammar.permission_verbs:
        return True  # allowed, not done
    if lower.dep_ == "ccomp" and lemma in grammar.mandative_verbs and _bare(lower, upper):
        return True  # "requested that the UN send troops": asked for, not done
    if lower.dep_ == "ccomp" and is_infinitive(lower) and lemma in grammar.desire_verbs:
        return True  # "wants a Western army to invade Syria": wished for, not done
    if lower.dep_ == "xcomp" and lower.tag_ == "VBG" and lemma in grammar.mandative_verbs:
        return True  # "once suggested bombing the dam", "proposed holding talks": proposed, not done
    # "hinted at walking away from the treaty": floated, not done
    return lower.dep_ == "pcomp" and upper.dep_ == "prep" and upper.head.lemma_.lower() in grammar.mooting_verbs


def _unrealizing(lower: Token, upper: Token, grammar: Grammar) -> bool:
    """ ``upper`` makes its complement ``lower`` a power, a duty, a condition or a plan, not a deed."""
    if lower.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ in grammar.unrealized_adverbs
                                     for c in upper.children):
        return True  # "has yet to agree": not done, but not refused either
    if lower.dep_ in {"acl", "pcomp"} and _modal_noun(upper if lower.dep_ == "acl" else upper.head, grammar):
        return True  # "the authority to strike", "the option of striking": a power, not a deed
    if _owed(lower, upper, grammar):
        return True  # "Obama will have to raise the issue with Xi", "needs to meet": owed, not done
    if _contingent(lower, upper, grammar):
        return True  # "hinges on further talks", "a deal requires a ceasefire": a condition
    # "reports claim that he planned to bomb": a past plan, neither done nor said
    return lower.dep_ == "xcomp" and upper.lemma_.lower() in grammar.plan_verbs and _past(upper, grammar)


def _bare(verb: Token, asker: Token) -> bool:
    """A subjunctive: "that the UN send", "that the vote be delayed" (not "that the UN sent", "that it is");
    a present after a past asking verb is one too ("requested that they send": the tagger says VBP)."""
    if verb.tag_ == "VB" and child(verb, "aux") is None:
        return True
    if verb.tag_ == "VBP" and asker.tag_ == "VBD" and child(verb, "aux") is None:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "be" for c in verb.children)


def _past(verb: Token, grammar: Grammar) -> bool:
    """ "planned", "was plotting", "had been weighing"."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in grammar.past_progressive_aux
                                      for c in verb.children)


def _owed(lower: Token, upper: Token, grammar: Grammar) -> bool:
    """An obligation in the present or future; "I have to apologize to him" apologizes as it is said."""
    if lower.dep_ != "xcomp" or upper.lemma_.lower() not in grammar.obligation_verbs or upper.tag_ in {"VBD", "VBN"}:
        return False
    subj = child(upper, "nsubj")
    return subj is None or subj.lower_ not in grammar.first_person


def _contingent(lower: Token, upper: Token, grammar: Grammar) -> bool:
    """The event is what something hinges on or needs: "hinges upon further consultations", "depends on
    talks between the two", "the deal requires a ceasefire"."""
    if lower.dep_ == "dobj":
        return upper.lemma_.lower() in grammar.contingency_verbs
    return lower.dep_ == "pobj" and upper.dep_ == "prep" and upper.head.lemma_.lower() in grammar.contingency_verbs


def _forms(verb: Token) -> set[str]:
    """The lemma and the word less an ending, for lemmas the tagger gets wrong ("hopes" -> "hop")."""
    word = verb.lower_
    cut = {word[:-1], word[:-2]} if verb.tag_ in {"VBZ", "VBD", "VBN"} else set()
    return {verb.lemma_.lower(), word} | cut


def _modal_noun(noun: Token, grammar: Grammar) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in grammar.modal_nouns


def _judged(trigger: Token, grammar: Grammar) -> Status | None:
    """ "attacking Iran is not necessary", "it would be wise to talk to them": a clause that a
    word of judgement is said of names an act in general, not one that took place."""
    t = trigger
    if not (t.dep_ in {"csubj", "xcomp", "ccomp"} or (t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ == "VBG")):
        return None
    head = t.head
    if head.dep_ == "acomp" and head.lemma_.lower() in grammar.evaluative_words:
        head = head.head  # "it is necessary to strike": the infinitive hangs from the adjective
    elif not any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in grammar.evaluative_words for c in head.children):
        return None
    if not _copula(head) or head.tag_ == "VBD":
        return None  # "Obama was right to ask Congress", "attacking Iran was a mistake": the act was done
    subj = child(head, "nsubj")
    if t.dep_ == "xcomp" and subj is not None and subj.lower_ not in grammar.expletives:
        return None  # "Obama is right to ask": this actor's act, judged
    return "hypothetical"


def _copula(verb: Token) -> bool:
    """ "is", and "’s" with a curly apostrophe, which the tagger leaves without the lemma "be"."""
    return verb.lemma_ == "be" or (verb.tag_ == "VBZ" and verb.lower_ in {"'s", "\u2019s"})


def _claimed(path: list[Token], grammar: Grammar) -> Status | None:
    """A that-clause of a claim or a fear: "accusations that X ignored ...", "critics fear that China
    will invade". A relative clause on the way up reports a deed of its own ("a video in which the
    leader threatened ..."), so the search stops there."""
    for lower, upper in pairwise(path):
        if lower.dep_ == "relcl":
            return None
        lemma = upper.lemma_.lower()
        if lower.dep_ in {"acl", "ccomp"} and lemma in grammar.claim_nouns and upper.pos_ == "NOUN" and _that(lower):
            return "hypothetical"
        if lower.dep_ == "ccomp" and _said_unsure(upper, grammar):
            return "hypothetical"
        if lower.dep_ == "ccomp" and lemma in grammar.belief_verbs and _aux([lower], []) & grammar.future_aux:
            return "hypothetical"  # "fighters believe the attack will begin": a forecast, no intent of anyone's
        if lower.dep_ == "ccomp" and lemma == "be" and _told_of(upper, grammar):
            return "hypothetical"  # "the legend is he set fire to ...", "the allegation is that X paid ..."
    return None


def _said_unsure(verb: Token, grammar: Grammar) -> bool:
    """ "speculated that", "alleged that": a verb of guessing or alleging (two lists, read without joining them)."""
    forms = _forms(verb)
    return not forms.isdisjoint(grammar.speculation_verbs) or not forms.isdisjoint(grammar.allegation_verbs)


def _told_of(copula: Token, grammar: Grammar) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in grammar.claim_nouns | grammar.tale_nouns
               for c in copula.children)


def _conditional(path: list[Token], speech: Token | None, grammar: Grammar) -> Status | None:
    """ "if talks fail", "unless X withdraws", "in case X attacks": a condition inside the reported clause."""
    for t in path:
        if t is speech:
            break
        if any(c.dep_ == "mark" and c.lower_ in grammar.condition_marks for c in t.children) or _inverted(t, grammar):
            return "hypothetical"
        if any(_condition_phrase(c, o, t, grammar) for c in children(t, "prep") for o in children(c, "pobj")):
            return "hypothetical"
        later = _later_clause(t, grammar, own=t is path[0] or (t is path[1] and path[0].pos_ in NOUN_TAGS))
        if later is not None:
            return later
    return None


def conditioned(trigger: Token, grammar: Grammar) -> bool:
    """Whether the event sits in a condition of its sentence: "if the Taliban cannot agree to a ceasefire"."""
    return _conditional(clause_path(trigger), grammar.speech_head(trigger), grammar) == "hypothetical"


def _later_clause(verb: Token, grammar: Grammar, *, own: bool = False) -> Status | None:
    """ "after the US withdraws its troops, it can play a role", "once Russia withdraws, the sanctions will be
    lifted", "when he visits Beijing, he will raise the issue": a present clause of time under a clause to come
    names an act still to come, possible ("can", "once") or expected ("will")."""
    mark = next((c for c in verb.children if c.dep_ in {"mark", "advmod"} and c.i < verb.i), None)  # "when": advmod
    if (verb.dep_ != "advcl" or mark is None or mark.lower_ not in grammar.later_marks
            or verb.tag_ not in PRESENT_TAGS or child(verb, "aux", "auxpass") is not None):
        return None
    aux = {c.lower_ for c in verb.head.children if c.dep_ == "aux"}
    if aux & grammar.hypothetical_aux or (mark.lower_ in grammar.condition_like_marks and aux & grammar.future_aux):
        return "hypothetical"
    if own and mark.lower_ in grammar.awaited_marks:
        # "until the two sides agree on rules, pilots change course": not agreed yet (the clause's own verb: in
        # "until he ends what the president called a crime" the calling was done)
        return "hypothetical"
    return "future" if aux & grammar.future_aux else None


def _inverted(verb: Token, grammar: Grammar) -> bool:
    """ "had the troops not withdrawn", "were Iran to attack": an auxiliary before its subject is a condition,
    in a clause that hangs off another (the parser may make a late condition the root: "X threatened ...,
    should Iran retaliate", where the threat is no condition)."""
    subj = child(verb, "nsubj", "nsubjpass")
    if verb.dep_ != "advcl" or subj is None:
        return False
    auxes = children(verb, "aux", "auxpass")
    return any(c.i < subj.i and c.lower_ in grammar.inverted_condition_aux for c in auxes)


def _condition_phrase(prep: Token, noun: Token, verb: Token, grammar: Grammar) -> bool:
    """ "in case Iran attacks": the phrase, lower-case and bare, before its clause's verb (not "in a case", nor
    a headline's "In Case")."""
    first = prep.lower_ if prep.is_sent_start else prep.text  # "In case talks fail, ..." opens a sentence
    return (f"{first} {noun.text}" in grammar.condition_phrases and noun.i < verb.i
            and not list(noun.children))


def _purpose(path: list[Token], grammar: Grammar) -> Status | None:
    """ "passed sanctions in order to force Iran", "talks aimed at ending the war", "sent ships to deter
    attacks": the aim of another act, not a deed (PLOVER codes what was done)."""
    for lower, upper in pairwise(path):
        if lower.dep_ in {"ccomp", "relcl", "parataxis"} or (lower.dep_ == "acl" and not is_infinitive(lower)):
            return None  # a clause of its own ("the report that X was investigating") reports its own deed
        if lower.dep_ == "advcl" and is_infinitive(lower) and not _has_subject(lower):
            return "hypothetical"
        if lower.dep_ == "acl" and is_infinitive(lower) and _marked_by(lower, grammar.purpose_marks):
            return "hypothetical"
        if lower.dep_ == "pcomp" and upper.dep_ == "prep" and upper.head.lemma_.lower() in grammar.purpose_verbs:
            return "hypothetical"
    return None


def _trip(verb: Token, grammar: Grammar) -> Token | None:
    """The trip made for ``verb``: "flew to Beijing to meet his counterpart" reports the meeting, so the
    meeting is as real as the trip ("plans to fly there to meet" is future, "did not fly" negated)."""
    trip = verb.head
    if (verb.dep_ == "advcl" and is_infinitive(verb) and not _has_subject(verb)
            and trip.lemma_.lower() in grammar.travel_verbs and verb.lemma_.lower() in grammar.trip_purposes):
        return trip
    return None



def _guessed(heads: list[Token], path: list[Token], grammar: Grammar) -> Status | None:
    """ "the leaders are likely to discuss trade", "they will probably be fighting for years", "airstrikes
    are likely to deepen the anger": a guess at what may happen."""
    verbs = list(heads)
    if _seeming(path, grammar):
        return "hypothetical"
    for lower, upper in pairwise(path):
        if lower.dep_ != "xcomp":
            break
        guess = upper.lemma_.lower() in grammar.likelihood_words and not _made_sure(upper, grammar)
        if guess and _meeting_wished(lower, upper, grammar):
            return "future"
        if guess or _hearsay(upper, grammar):
            return "hypothetical"
        verbs.append(upper)
    for v in verbs:
        mark = child(v, "mark")
        for c in v.children:
            # "perhaps because leaders pledged ...": before the clause's conjunction the guess is about the reason
            if c.dep_ == "advmod" and c.lower_ in grammar.uncertainty_adverbs and (mark is None or c.i > mark.i):
                return "hypothetical"
            if c.dep_ == "acomp" and c.lemma_.lower() in grammar.likelihood_words and child(c, "xcomp") is not None:
                return "hypothetical"
    return None


def _seeming(path: list[Token], grammar: Grammar) -> bool:
    """ "appeared willing to support him", "seems ready to talk": the writer's impression of a readiness, no
    offer made ("appeared to have captured the town" reports a deed, hedged; "appeared on television" shows up)."""
    for lower, upper in pairwise(path):
        if lower.dep_ not in {"xcomp", "acomp", "oprd"}:
            return False
        if upper.lemma_.lower() in grammar.seeming_verbs:
            return lower.lemma_.lower() in grammar.readiness_words
    return False


def _meeting_wished(lower: Token, upper: Token, grammar: Grammar) -> bool:
    """ "eager to talk to the rebels", "keen to meet him": a meeting wished for is the intent to meet."""
    return upper.lemma_.lower() in grammar.meeting_moods and lower.lemma_.lower() in grammar.meeting_wishes


def _made_sure(word: Token, grammar: Grammar) -> bool:
    """ "made sure to meet the king": "sure" is what the act was made, no guess ("seemed less inclined to" is)."""
    return word.dep_ == "oprd" and word.head.lemma_.lower() in grammar.ensuring_verbs


def _hearsay(verb: Token, grammar: Grammar) -> bool:
    """ "is believed to have used gas", "was thought to have fled": a passive of belief guesses at the deed."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in grammar.hearsay_passives and child(verb, "agent") is None


def _modal(heads: list[Token], path: list[Token], speech: Token | None, trigger: Token,
           grammar: Grammar) -> Status | None:
    """Modals ("could attack", "would meet") and questions."""
    aux = _aux(heads, path)
    if aux & grammar.hypothetical_aux or _governed_by_modal(path, grammar) or _imperative(heads[-1]):
        return "hypothetical"
    if aux & grammar.conditional_aux:
        return "future" if speech is not None else "hypothetical"
    sent = docmemo.sentence(trigger)
    if (docmemo.span_text(sent).rstrip().endswith("?") and trigger.i >= sent.root.i - 3 and speech is None
            and not _question_quoted_after(trigger, sent, grammar)):
        # "Why did the US withdraw from the deal?", "How did Iran hit the refinery?" ask about a deed done
        return None if sent[0].lower_ in grammar.presupposing_wh else "hypothetical"
    return None


def _question_quoted_after(trigger: Token, sent: Span, grammar: Grammar) -> bool:
    """ "mocked the plan: 'Who will pay for it?'": the question is a quotation
    opened after the trigger (behind a colon or a comma) and still open at the question mark: someone's
    words reported, not the trigger's own clause asked. Not when the trigger asks ("asked the Senate:
    'How much ...?'": the question is what was asked), nor for a quote closed before the end ("Does he back
    the 'Brilliant' plan?")."""
    if trigger.lemma_.lower() in grammar.questioning_verbs:
        return False
    opened: Token | None = None
    for tok in trigger.doc[trigger.i + 1:sent.end - 1]:
        if _opens_quote(tok):
            opened = tok
        elif tok.is_quote:
            opened = None
    return opened is not None and opened.nbor(-1).text in {":", ","}


def _opens_quote(tok: Token) -> bool:
    """An opening quotation mark: “, or a straight quote with a space before it and none after."""
    if tok.text in {"“", "‘"}:
        return True
    return tok.is_quote and tok.whitespace_ == "" and tok.i > 0 and tok.nbor(-1).whitespace_ != ""


def _imperative(verb: Token) -> bool:
    """ "Release the sailors now," the protesters chanted; "Trump to Iran: Release the sailors": a bare verb
    without a subject or an auxiliary is an order or a plea, not a deed."""
    if verb.tag_ == "VB" and verb.dep_ in {"conj", "dep"} and verb.head.i < verb.i and not _has_subject(verb):
        return _imperative(verb.head)  # "restore the border and, two, eliminate the group": the same order
    if verb.tag_ != "VB" or verb.dep_ not in {"ROOT", "ccomp", "advcl", "parataxis"}:
        return False
    # it opens its sentence, a quote or a colon's clause (a verb the parser left bare inside a clause is none)
    opens = verb.i == verb.sent.start or verb.nbor(-1).is_punct
    return opens and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"} for c in verb.children)


def _future(heads: list[Token], path: list[Token], grammar: Grammar) -> Status | None:
    """ "will impose", "is going to", "plans to impose", "a pledge to end the war"."""
    aux = _aux(heads, path)
    if aux & grammar.future_aux or _going_to(heads[-1]) or _planned(heads[0], grammar) or _pledged_to(path, grammar):
        return "future"
    if heads[0].pos_ == "NOUN" and _noun_to_come(heads[0], grammar):
        return "future"
    for lower, upper in pairwise(path):
        if lower.dep_ == "xcomp" and _plan_given_up(upper, grammar):
            return "hypothetical"  # "had been scheduled to visit Ghana", "had planned to meet": it did not come
        if lower.dep_ == "xcomp" and upper.lemma_.lower() in grammar.future_verbs:
            return "future"
        if lower.dep_ == "xcomp" and is_infinitive(lower) and _arranged(upper, grammar):
            return "future"  # "is due to meet on Sunday", "was to see the king in Riyadh": arranged, not held
        if lower.dep_ == "acl" and upper.lemma_.lower() in grammar.purpose_nouns:
            # an aim; one turned down by whoever would do it is none: "rejected an invitation to attend"
            # (but "rejected Trump's threat to impose tariffs": Trump's threat stands)
            turned_down = (upper.dep_ == "dobj" and upper.head.lemma_.lower() in grammar.negating_verbs
                           and child(upper, "poss") is None)
            return "negated" if turned_down else "future"
        if lower.dep_ != "xcomp":
            break
    return None


def _plan_given_up(verb: Token, grammar: Grammar) -> bool:
    """ "had been scheduled to", "had planned to", "had hoped to": a plan in the past perfect tells that it was
    overtaken ("had agreed to", "had threatened to" stay commitments made)."""
    return (verb.lemma_.lower() in grammar.overtaken_plan_verbs
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


def _noun_to_come(noun: Token, grammar: Grammar) -> bool:
    """ "the upcoming summit", "next week's talks", "the summit in Hanoi next month", "ahead of his meeting
    with Putin", "preparing for talks": an event noun still to come, not one held."""
    if any(c.dep_ == "amod" and c.lower_ in grammar.coming_adjectives for c in noun.children):
        return True
    when = [c for c in noun.children if c.dep_ in {"poss", "npadvmod"}]
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        if noun.head.lower_ in grammar.coming_adjectives and _participle(noun.head):
            return True  # "a summit is planned for June", "talks are expected to resume": arranged, not held
        when += [c for c in noun.head.children if c.dep_ == "npadvmod" and c.i > noun.i]  # "the summit ... next month"
    if any(w.lower_ in grammar.future_time_words for c in when for w in c.subtree):
        return True
    if noun.dep_ != "pobj":
        return False
    return noun.head.lower_ == "before" or grammar.ahead_of(noun)


def _participle(verb: Token) -> bool:
    """ "is set for Tuesday", "are expected to resume": the participle of an arrangement; the active verb of
    "the attack set the market ablaze" or "talks set a new tone" tells a deed."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)


def _pledged_to(path: list[Token], grammar: Grammar) -> bool:
    """ "is committed to sending troops", "agreed to lifting the ban": a gerund after the "to" of a word of
    intent is the act intended, not done; so is the gerund of its means ("committed to ending it by
    killing them")."""
    verb = path[0]
    for _ in range(3):
        prep = verb.head
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
            return False
        if prep.lower_ == "to" and prep.head.lemma_.lower() in grammar.future_verbs:
            return _predicate(prep.head)
        verb = prep.head
    return False


def _predicate(word: Token) -> bool:
    """ "Germany is committed to sending troops": the word the clause says of its subject; in "rebels
    committed to fighting the army stormed a post" it only tells which rebels, and pledges nothing. The
    parser often makes such a participle the root and the main verb its complement, so a bare one (no
    auxiliary, no "and") that governs a finite verb after it is taken as the description."""
    if word.dep_ in {"acl", "amod", "appos"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "cc"} for c in word.children):
        return True
    return not any(c.dep_ in {"ccomp", "conj"} and c.tag_ in {"VBD", "VBZ", "VBP"} and c.i > word.i
                   for c in word.children)


def _arranged(verb: Token, grammar: Grammar) -> bool:
    """ "is due to meet", "was to meet": "due", or a bare "be" whose own subject is the actor ("it was an
    error to back them", "is set on course to admit" say something else)."""
    if verb.lemma_.lower() in grammar.arrangement_words:
        return True
    if verb.lemma_ != "be" or any(c.dep_ in {"attr", "acomp", "prep", "expl"} for c in verb.children):
        return False
    subj = child(verb, "nsubj")
    return subj is not None and subj.lower_ not in grammar.expletives


def _planned(verb: Token, grammar: Grammar) -> bool:
    """ "when he meets Xi next month" (a present verb with a time to come), "Obama to meet Xi" (a
    headline's infinitive): a meeting planned, not held."""
    headline = verb.dep_ == "ROOT" or (verb.dep_ in {"acl", "relcl"} and verb.head.dep_ == "ROOT"
                                                and verb.head.pos_ != "VERB")
    if headline and verb.tag_ == "VB" and is_infinitive(verb):
        return True
    if verb.tag_ not in {"VBZ", "VBP", "VB"}:
        return False
    return any(w.ent_type_ == "DATE" and w.lower_ in grammar.future_time_words
               for c in verb.children if c.dep_ in {"npadvmod", "tmod", "advmod", "prep"} for w in c.subtree)


def _aux(heads: list[Token], path: list[Token]) -> set[str]:
    """The auxiliaries of the trigger and of the verbs whose "to" complement it is: "would vote to support"
    is as future as "would support"; and of the copula of an adjective: "may be willing to talk"."""
    verbs = list(heads)
    for lower, upper in pairwise(path):
        if lower.dep_ not in {"xcomp", "acomp"} and not _bare_conjunct(lower):
            break
        verbs.append(upper)
    return {c.lower_ for v in verbs for c in v.children if c.dep_ in {"aux", "auxpass"}}


def _bare_conjunct(verb: Token) -> bool:
    """ "will travel to Paris and meet Macron": a joined base form (at times tagged VBP) with no subject or
    auxiliary of its own shares the first verb's auxiliary."""
    return (verb.dep_ == "conj" and verb.tag_ in {"VB", "VBP"} and not _has_subject(verb)
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


def _marked_by(trigger: Token, phrases: frozenset[str]) -> bool:
    """Whether the words just before the trigger's clause are one of `phrases` ("rather than")."""
    start = min(t.i for t in trigger.subtree)
    before = trigger.doc[max(docmemo.sentence(trigger).start, start - 3):start].text.lower()
    return any(before.endswith(p) for p in phrases)


def _going_to(verb: Token) -> bool:
    """ "is going to impose": the trigger is the xcomp of a progressive "go"."""
    h = verb.head
    return verb.dep_ == "xcomp" and h.lemma_ == "go" and h.tag_ == "VBG"


# Links inside one clause through which a governing verb's modal reaches the trigger:
# "could escalate threats by testing weapons", "may try to attack", "could be open to discussing a pact".
_MODAL_REACH = frozenset({"xcomp", "pcomp", "prep", "pobj", "acomp"})


def _governed_by_modal(path: list[Token], grammar: Grammar) -> bool:
    """Whether a verb above the trigger, in the same clause, carries could/may/must."""
    for lower, upper in pairwise(path):
        # "could try to please both sides, courting Russia while snubbing Washington": a participle without a
        # subject of its own belongs to the clause
        shared = lower.dep_ in {"conj", "advcl"} and not _has_subject(lower) and (lower.dep_ == "conj"
                                                                                  or lower.tag_ == "VBG")
        # "may embolden Hamas to push for more", "could force Iran to retaliate": an infinitive with its own
        # subject, caused by the modal verb, is as possible as its cause
        caused = lower.dep_ == "ccomp" and is_infinitive(lower)
        if lower.dep_ not in _MODAL_REACH and not shared and not caused:
            return False
        if any(c.dep_ == "aux" and c.lower_ in grammar.hypothetical_aux for c in upper.children):
            return True
    return False


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _no_longer(word: Token) -> bool:
    """ "will no longer recognize": "longer" modified by "no"."""
    return word.lower_ == "longer" and any(c.lower_ == "no" for c in word.children)
