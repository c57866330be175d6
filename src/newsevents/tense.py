"""Tense and background: whether an event's clause tells of an earlier time than the story's.

:class:`ClauseTime` answers, for :mod:`newsevents.time`, whether a clause is a background event (past perfect, "had
resigned"; set in an earlier event or period, "during his recent visit", "under the previous government"; an office
then held, "when Obama was president"; weeks "after" another clause; marked earlier, "previously", "at first"; a past
relative clause in a sentence told in the present, or one set off after a person's name, "Omar Bashir, who was
overthrown by the army"; a relative clause in the present perfect, "a threat Trump has vowed to prevent"; a deed
called well known, "famously traveled"; a "when", "as" or "after" clause of a background clause; the terms of an
agreement made before), and whether it is told in the future. The
English word lists are those of ``data/time.yaml`` (:mod:`newsevents.timewords`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsevents.coding.grammar import PRESENT_TAGS
from newsevents.parse import clause_head
from newsevents.timewords import TimeWords

#: Auxiliaries of the present perfect ("has called", "have agreed").
PRESENT_PERFECT_AUX = frozenset({"has", "have", "'ve"})


def verb_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """``verb``'s lemma is one of ``lemmas``, also where the lemmatizer slips ("staged" -> "stag")."""
    low = verb.lower_
    return verb.lemma_.lower() in lemmas or any(
        low.endswith(end) and low[: len(low) - len(end)] + add in lemmas
        for end, add in (("ed", ""), ("ed", "e"), ("d", ""), ("s", ""), ("ing", ""), ("ing", "e")))


def is_present(trigger: Token) -> bool:
    """The trigger's verb is in the simple present ("Voters go to the polls", "talks, which begin ...")."""
    head = clause_head(trigger)
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else head
    return verb.tag_ in PRESENT_TAGS and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def is_ongoing(verb: Token) -> bool:
    """The verb is in the present or the present progressive ("investigates", "is investigating")."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in verb.children)


def is_present_perfect(clause: Token) -> bool:
    """The clause's verb is in the present perfect ("has called"), also as the second of two ("have stormed
    and seized")."""
    if clause.tag_ != "VBN":
        return False
    verbs = (clause, clause.head) if clause.dep_ == "conj" else (clause,)
    return any(c.dep_ == "aux" and c.lower_ in PRESENT_PERFECT_AUX for v in verbs for c in v.children)


class ClauseTime:
    """Tense and background tests of a clause, with the date rules' word lists."""

    def __init__(self, words: TimeWords) -> None:
        self.words = words

    def is_background(self, trigger: Token) -> bool:
        """A past perfect event ("had resigned", "had been arrested") or one marked as earlier ("previously
        served"): it happened before the story's time, on a day it does not say."""
        head = clause_head(trigger)
        # "had tried hard to prevent it", "had undermined the truce by shelling the city": an infinitive or a
        # participle of means takes the time of its past perfect governor; the present perfect ("have
        # expressed anger", "has accused") reaches up to the story's time and keeps the publication date
        governor = self.governor(head)
        if any(self.past_perfect(tok) for tok in (trigger, head, governor)):
            return True
        if (self._set_earlier(head) or self._past_relative(head) or self._aside_of_a_name(head)
                or self._perfect_relative(head) or self._of_an_earlier_time(head)
                or self._in_an_office_then(head) or self._terms_agreed_before(head)
                or self._of_a_background_clause(head)):
            return True
        return self.after_a_gap(head) or self._marked_earlier(head) or any(
            (c.dep_ == "advmod" and c.lower_ in self.words.same_day_adverbs and any(c.children))
            or (c.dep_ == "mark" and c.lower_ in self.words.background_marks)
            for c in head.children
        )

    def _perfect_relative(self, clause: Token) -> bool:
        """A relative clause in the present perfect ("a threat Trump has vowed to prevent", "Assad, whom the U.N. has
        accused of war crimes", "the rebels, who have seized three towns"): it tells what the noun is by what was
        done up to now, before the story's news. Not one of an event noun, which is that event ("an attack that
        has killed 20 people"), nor the reception of an act ("a decision that has drawn criticism"), nor the
        focus of a cleft sentence ("it is only France that has considered strikes")."""
        if clause.dep_ != "relcl" or not is_present_perfect(clause):
            return False
        noun, words = clause.head, self.words
        cleft = noun.dep_ == "attr" and any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it")
                                            for c in noun.head.children)
        if cleft or noun.lemma_.lower() in words.event_nouns or noun.lemma_.lower() in words.received_act_nouns:
            return False
        # not a tally ("the outbreak, which has killed 3,000", "militants who have killed 20"): the story's news
        return not any(n.dep_ == "nummod" for o in clause.children if o.dep_ == "dobj" for n in o.children)

    def _of_a_background_clause(self, clause: Token) -> bool:
        """A "when", "as" or "after" clause of a background clause ("had resigned after the party lost the
        election", "the general, who seized power when the king fled"): as early as the clause it belongs to."""
        if clause.dep_ != "advcl" or clause.head.i == clause.i:
            return False
        marks = [c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"} and c.tag_ in {"IN", "WRB"}]
        if not marks or not all(m in self.words.same_time_marks for m in marks):
            return False
        if self.past_perfect(clause.head) and not all(m in self.words.earlier_marks for m in marks):
            return False  # "when police arrived, the gunmen had already fled": the arrival is the story's time
        return self.is_background(clause.head)

    def _terms_agreed_before(self, clause: Token) -> bool:
        """A past relative clause telling the terms of an agreement that its sentence acts on as one made before
        ("violated a deal in which the company agreed to pay a fine", "withdrew from the accord under which Iran
        pledged ..."): agreed when the agreement was made, before the story's time."""
        past = clause.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children)
        noun = clause.head
        if clause.dep_ != "relcl" or not past or noun.lemma_.lower() not in self.words.agreement_nouns:
            return False
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        return noun.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} and verb_in(
            verb, self.words.existing_agreement_verbs)

    def governor(self, head: Token) -> Token:
        """The verb whose time a clause head takes: an infinitive's ("had tried hard to prevent it"), a
        participle's of means ("had undermined the truce by shelling the city"); else the clause head."""
        if head.dep_ == "xcomp":
            return head.head
        if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.lower_ in self.words.means_preps:
            return head.head.head
        return head

    def past_perfect(self, verb: Token) -> bool:
        """``verb`` is in the past perfect ("had resigned"), also as the second of two verbs that share the
        auxiliary and the subject ("had sealed the border and arrested dozens")."""
        if verb.tag_ == "VBN" and {c.lower_ for c in verb.children if c.dep_ == "aux"} & self.words.perfect_aux:
            return True
        own = any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
        return (verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBN"} and not own and verb.head.i != verb.i
                and verb.head.pos_ in {"VERB", "AUX"} and self.past_perfect(verb.head))

    def _set_earlier(self, clause: Token) -> bool:
        """The clause is set in an earlier event or time ("during his recent visit", "at a previous meeting", "in
        recent years"), and is not in the present perfect, which reaches up to the story's time."""
        if is_present_perfect(clause):
            return False
        return any(child.dep_ == "prep" and child.lower_ in self.words.earlier_set_preps and any(
            obj.dep_ == "pobj" and any(a.dep_ == "amod" and a.lower_ in self.words.earlier_adjectives
                                       for a in obj.children) for obj in child.children)
            for child in clause.children)

    def _of_an_earlier_time(self, clause: Token) -> bool:
        """The clause names an earlier period or an office held then: "struck a bargain last Congress", "under the
        previous government", "urged then-treasurer Ann Holt", "the army chief at the time". Its
        words are the clause's own or those of its infinitives and participles, not of another finite clause."""
        words = self.words
        for tok in self._clause_words(clause):
            if tok.lemma_.lower() in words.period_nouns and any(
                    c.dep_ == "amod" and c.lower_ in words.period_adjectives for c in tok.children):
                return True
            nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
            if tok.lower_ == "then" and tok.dep_ in {"advmod", "amod"} and (
                    (nxt is not None and nxt.text in {"-", "‑"}) or tok.head.pos_ in {"NOUN", "PROPN"}):
                return True  # "then-treasurer", "the general, then the army chief, ..."
            if (tok.lower_ == "time" and tok.dep_ == "pobj" and tok.head.lower_ == "at"
                    and [c.lower_ for c in tok.children] == ["the"]):
                return True  # "the army chief at the time", "At the time, the army held the pass"
        return False

    def _in_an_office_then(self, clause: Token) -> bool:
        """A "when" or "while" clause of the clause says someone then held an office: "When Obama was
        president, he imposed sanctions", "while she was governor, she vetoed ..." (the past tense of an
        office held says it is over)."""
        for sub in (c for c in clause.children if c.dep_ == "advcl" and c.lemma_ == "be" and c.tag_ == "VBD"):
            if not any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "while"} for m in sub.children):
                continue
            if any(a.dep_ == "attr" and a.lemma_.lower() in self.words.office_nouns for a in sub.children):
                return True
        return False

    @staticmethod
    def _clause_words(clause: Token) -> Iterator[Token]:
        """The words below ``clause`` that belong to it: no finite verb lies between them and the clause (an
        infinitive or participle may; a finite verb below is the clause's, its own words are not). Walked
        down from the clause once, not up from each word of its subtree."""
        stack = list(clause.children)
        while stack:
            tok = stack.pop()
            yield tok
            if tok.pos_ not in {"VERB", "AUX"} or tok.tag_ in {"VB", "VBG", "VBN"}:
                stack.extend(tok.children)

    @staticmethod
    def _past_relative(clause: Token) -> bool:
        """A relative clause in the simple past ("the cars the militants attacked", "Morsi, who was ousted by the
        army, ...") in a sentence told in the present or future: background to the story's time."""
        if clause.dep_ != "relcl" or not simple_past(clause):
            return False
        root = clause.sent.root
        finite = min((c for c in root.children if c.dep_ in {"aux", "auxpass"}), key=lambda t: t.i, default=root)
        return finite.tag_ in PRESENT_TAGS or finite.tag_ == "MD"  # "is lined", "has been", "will appear"

    def _aside_of_a_name(self, clause: Token) -> bool:
        """A relative clause in the simple past set off by a comma after a person's or a country's name or an
        office ("sentenced Omar Bashir, who was overthrown by the army, to ...", "met Ali Reza, who resigned as
        minister", "the general, who seized power in a coup", "criticized Russia, which annexed Crimea"): it
        tells who the person (or what the country) is, by an earlier deed, not the story's news. Not a word act
        the person did ("spoke to Netanyahu, who called the deal a mistake"), which is as often the news; one done
        to the person is earlier ("Trump, who was rebuked for ...")."""
        if clause.dep_ != "relcl":
            return False
        head, words = clause.head, self.words
        person = head.pos_ == "PROPN" or head.lemma_.lower() in words.office_nouns  # "the general, who ..."
        if not person or not simple_past(clause):
            return False
        if not any(c.dep_ == "auxpass" for c in clause.children) and (
                verb_in(clause, words.aside_word_acts) or verb_in(clause, words.speech_lemmas)):
            return False  # "Netanyahu, who called the deal a mistake": a word act, as often the story's news
        first = clause.left_edge
        if first.i == 0 or clause.doc[first.i - 1].text != ",":
            return False
        if head.ent_type_ == "GPE":  # "criticized Russia, which annexed Crimea": what the country is known for
            return first.lower_ in words.aside_country_pronouns
        return first.lower_ in words.aside_pronouns and head.ent_type_ in {"PERSON", ""}

    def _marked_earlier(self, clause: Token) -> bool:
        """The clause says it happened earlier than the story's time: "previously", "once", "initially" (not a
        bare "earlier", the story's own news), or a phrase such as "at first", "in the past", "back then"."""
        words = self.words
        for child in clause.children:
            low = child.lower_
            if child.dep_ == "advmod" and low in words.background_adverbs and low not in words.same_day_adverbs:
                return True
            if child.dep_ not in {"advmod", "prep"}:
                continue
            if " ".join(t.lower_ for t in child.subtree) in words.background_phrases:
                return True
        return False

    def after_a_gap(self, clause: Token) -> bool:
        """A clause some weeks, months or years before the clause it depends on ("weeks after Trump said
        ...", "attacked the town months after the army withdrew"): it happened earlier, on an unsaid day."""
        doc = clause.doc
        if clause.dep_ == "pcomp":  # "weeks after visiting the camp"
            marks = [clause.head] if clause.head.lower_ in {"after", "before"} else []
        else:  # "months before the rebels attacked": as far from its clause the other way
            marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        if clause.dep_ not in {"advcl", "pcomp"}:
            return False
        for mark in marks:
            gap = [c for c in (*clause.children, *mark.children) if c.dep_ == "npadvmod"]
            if mark.i > 0:
                gap.append(doc[mark.i - 1])  # "months after": the parser often hangs "months" on the other verb
            if any(t.lower_ in self.words.gap_nouns for t in gap):
                return True
        return False

    def is_future(self, trigger: Token) -> bool:
        head = clause_head(trigger)
        for tok in (trigger, head):
            for child in tok.children:
                if child.dep_ in {"aux", "auxpass"} and child.lower_ in self.words.future_aux:
                    return True
                if child.dep_ == "aux" and child.lower_ == "going":
                    return True
        # "is going to meet", "plans to meet", "is expected to meet"
        return head.dep_ == "xcomp" and head.head.lemma_.lower() in self.words.future_governors


def simple_past(clause: Token) -> bool:
    """The clause's verb is in the simple past, active or passive ("attacked", "was ousted"), with no other
    auxiliary ("had", "would", "has")."""
    past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children))
    return past and not any(c.dep_ == "aux" for c in clause.children)
