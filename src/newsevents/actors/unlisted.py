"""People the dictionary lacks, named with no title where they act: the story's evidence about them.

"Paul Manford denied lying" names nobody the dictionary knows; the story may still say who he is,
here or in another sentence: a party label ("Tom Carlton (R-Ark.)": a member of the U.S. Congress),
the body he is "of" or "from" ("Mark Tollen of the State Department"), or, at another mention of the
same name, a title ("Foreign Minister Kazemi"), an apposition ("Manford, Trump's former campaign
chairman": of Trump's country, not Trump), a relative clause ("Kazemi, who heads the atomic agency") or a
copula's predicate ("Manford was Trump's campaign chairman"). That evidence gives the person its code, and
the actor's ``how`` says which evidence it was.

Only evidence about the person counts: a country guessed from the sentence, the dateline or what the
story is about is not taken (a story on Iran quotes Americans), and a name with no evidence stays
unresolved, so its event is left out rather than coded with a guess. A titled legislator whose country
was only guessed ("Sen. Jane Marlow (D-Mass.) accused China") takes the label's United States.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from newsevents import docmemo
from newsevents.actors.context import TEXT_GUESSES, guessed_country
from newsevents.actors.coreference import Coreference
from newsevents.actors.matching import Found, actor_of_code, noun_phrase
from newsevents.actors.mentions import Mentions
from newsevents.records import Actor

# "(R-Ark.)", ", D-N.Y.,": a party's initial, a hyphen and a state, in brackets or commas after a name.
_PARTY_LABEL = re.compile(r"\s*[(,]\s*([RDI])\s?-\s?([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)\s*[),]")
_LABEL_CODE = "USALEG"
# How a mention says it is a person the dictionary or the story named before: "President Trump" says
# nothing of "Melania Trump", nor "Trump" after "Donald Trump" of "Trump Jr.".
_ANOTHER_PERSON = ("person:", "surname:")
# Prepositions after a name that place the person in a body or state ("X of the State Department").
_PERSON_PREPS = frozenset({"of", "from"})


def _another_or_guessed(how: str | None) -> bool:
    """Evidence at another mention that is no evidence: another person named there ("Trump, left, with
    Benjamin Netanyahu"), or a country guessed from the text around that mention."""
    if how is None or any(g in how for g in TEXT_GUESSES):
        return True
    inner = how.split(" (", 1)[1] if how.startswith(("apposition:", "relative clause:")) and " (" in how else how
    return inner.startswith(_ANOTHER_PERSON) or how.startswith(_ANOTHER_PERSON)


def full_surname(head: Token) -> str:
    """The whole of a hyphenated surname ending at the head: "Zehaf-Bibeau" is not "Bibeau"."""
    doc, start = head.doc, head.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start:head.i + 1].text


class Unlisted(Coreference):
    """A name the other steps leave unresolved takes the code the story's evidence about it gives."""

    def _describe(self, head: Token, mentions: Mentions) -> Found | None:
        found = super()._describe(head, mentions)
        if found is not None:
            return self._surer_country(head, found, mentions)
        if not self._unlisted_name(head):
            return None
        evidence = self._evidence_here(head, mentions) or self._evidence_elsewhere(head, mentions)
        if evidence is None:
            return None
        a, said = evidence
        how = f"a person the dictionary lacks; {said} ({a.how})"
        return Found(actor_of_code(noun_phrase(head).text, a.code or "", noun_phrase(head).text, how), person=True)

    def _unlisted_name(self, head: Token) -> bool:
        """A person's name the tagger marks as one and the dictionary reads as no state, place or body."""
        return head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and head.text[:1].isupper() \
            and not self._names_no_person(head)

    def _evidence_here(self, head: Token, mentions: Mentions) -> tuple[Actor, str] | None:
        """What the name's own phrase says beyond the name: a party label, the body it is "of"."""
        label = self._party_label(head)
        if label is not None:
            how = f"party label '{label}': a member of the U.S. Congress"
            return actor_of_code(label, _LABEL_CODE, None, how), "its party label"
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in _PERSON_PREPS:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = self._from_span(noun_phrase(obj), obj, mentions)
                if found is not None and found.actor.code and not guessed_country(found.actor.how):
                    return found.actor, f"'{prep.text} {noun_phrase(obj).text}'"
        return None

    def _evidence_elsewhere(self, head: Token, mentions: Mentions) -> tuple[Actor, str] | None:
        """Another mention of the same name in the text that says who the person is: a title in its
        phrase, an apposition, a relative clause, a party label or a body it is "of". Not for a surname the
        story or the dictionary gives someone else ("Melania Trump": "President Trump" is not her)."""
        if head.lower_ in mentions.by_surname or any(e.kind == "person" for e in self.dictionary.lookup(head.text)):
            return None
        for other in self._same_name(head):
            found = self._said_of(other, mentions)
            if found is not None:
                return found
        return None

    def _same_name(self, head: Token) -> Iterator[Token]:
        """The other mentions of the head's name, never one that gives the surname another given name
        (another person of the family)."""
        given, surname = self._given_names(head), full_surname(head)
        for other in docmemo.same_text(head):
            if other.i == head.i or other.pos_ != "PROPN" or full_surname(other) != surname:
                continue
            theirs = self._given_names(other)
            if not (given and theirs and not given & theirs):
                yield other

    def _said_of(self, other: Token, mentions: Mentions) -> tuple[Actor, str] | None:
        where = f"at '{noun_phrase(other).text}' in another sentence"
        here = self._evidence_here(other, mentions)
        if here is not None:
            return here[0], f"{here[1]} {where}"
        span = noun_phrase(other)
        titled = any(t.i < other.i and (t.pos_ != "PROPN" or self._is_title(t.lower_.rstrip("."))) for t in span)
        for found in (self._from_span(span, other, mentions) if titled else None,
                      self._from_appositions(other, mentions), self._from_relative_clause(other, mentions),
                      self._from_predicate(other, mentions)):
            if found is not None and found.actor.code and not _another_or_guessed(found.actor.how):
                return found.actor, f"what the text says {where}"
        return self._owners_country(other, mentions, where)

    def _from_predicate(self, other: Token, mentions: Mentions) -> Found | None:
        """ "Manford was Trump's campaign chairman", "Sokol is a Russian senator": a copula's predicate noun
        describes its subject as an apposition does; not when negated, guessed or supposed ("Sokol is not a
        senator", "X could be a senator", "if X were a senator")."""
        verb = other.head
        if other.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ == "advcl":
            return None
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            return None
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is None:
            return None
        span = noun_phrase(attr)
        found = (self._owner_relative(attr, mentions) or self._position_in(attr, span, mentions)
                 or self._from_span(span, attr, mentions))
        if found is not None and (found.actor.how or "").startswith("person:"):
            found = self._someone_of(attr, found.actor)
        if found is None:
            return None
        a = found.actor
        return Found(Actor(noun_phrase(other).text, a.code, a.country, a.sector, None,
                           f"predicate: '{verb.text} {span.text}' ({a.how})"))

    def _owners_country(self, other: Token, mentions: Mentions, where: str) -> tuple[Actor, str] | None:
        """ "Manford, Donald Trump's former campaign chairman": a description owned by a known person
        gives the owner's country, not the owner's office (a chairman of Trump's is not Trump)."""
        appos = next((c for c in other.rights if c.dep_ == "appos"), None)
        if appos is None or appos.pos_ != "NOUN":
            return None
        owner = next((c for c in appos.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        found = self._from_span(noun_phrase(owner), owner, mentions) if owner is not None else None
        country = found.actor.country if found is not None else None
        if found is None or not country or not (found.actor.how or "").startswith("person:"):
            return None
        how = f"the owner of its description, {found.actor.name or found.actor.text}, is of {country}"
        return actor_of_code(noun_phrase(appos).text, country, None, how), f"what the text says {where}"

    def _given_names(self, head: Token) -> set[str]:
        return {t.lower_ for t in noun_phrase(head) if t.i < head.i and t.pos_ == "PROPN" and t.text[:1].isupper()
                and not self._is_title(t.lower_.rstrip(".")) and t.lower_.rstrip(".") not in self.words.honorifics}

    def _party_label(self, head: Token) -> str | None:
        """ "R-Ark." after the name, when its state is a U.S. state's label."""
        after = docmemo.text(head.doc)[head.idx + len(head.text):head.idx + len(head.text) + 24]
        m = _PARTY_LABEL.match(after)
        if m is None or m.group(2).lower() not in self.words.us_state_labels:
            return None
        return f"{m.group(1)}-{m.group(2)}"

    def _surer_country(self, head: Token, found: Found, mentions: Mentions) -> Found:
        """A titled person whose country was only guessed ("Gen. Marcus Halvorsen condemned the Iranian
        attack") takes the country the story says of them: a party label ("Sen. Jane Marlow (D-Mass.)", "Tom
        Carlton (R-Ark.)", where the parser reads the state as an apposition), or a description at another
        mention of the name ("Halvorsen, the U.S. commander"); the title keeps its sector."""
        a = found.actor
        if head.pos_ != "PROPN" or not (found.person or head.ent_type_ == "PERSON") \
                or (a.sector and not guessed_country(a.how)):
            return found
        label = self._party_label(head) or next(
            (found_label for t in self._same_name(head) if (found_label := self._party_label(t))), None)
        if label is not None:
            code = "USA" + (a.sector if a.sector and a.sector != "ELI" else "LEG")
            how = f"{a.how}; {code}: its party label '{label}'"
        else:
            evidence = self._evidence_elsewhere(head, mentions) if a.sector else None
            if evidence is None or not evidence[0].country or evidence[0].country == a.country:
                return found
            code = evidence[0].country + (a.sector or "")
            how = f"{a.how}; country {evidence[0].country}: {evidence[1]} ({evidence[0].how})"
        return Found(actor_of_code(a.text, code, a.name, how), found.person, found.surname,
                      found.replace_surname, found.group)
