"""Meetings, agreements, requests, refusals and releases as acts (CONSULT, AGREE, SUPPORT 057, REQUEST, REJECT,
RETREAT): meetings named by a noun in an adjunct ("after talks with X, Y said"), owned by a pronoun ("his meeting
with X"), or stretched ("two days of talks with X"); meetings still to come ("ahead of", "upcoming", "next
week's") are intents, never asserted consultations; proposals ruled out and people freed."""

from __future__ import annotations

import pytest

from newsevents.records import Event


def _full(events: list[Event]) -> set[tuple[str | None, str | None, str | None, str]]:
    """(source code, PLOVER type, target code, status): the exact actors, not only their countries."""
    return {(e.source.code if e.source else None, e.plover.type if e.plover else None,
             e.target.code if e.target else None, e.status) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting as the occasion of the main clause: its subject took part
    ("Following two days of talks with Iranian officials, the French minister flew home.",
     ("FRAGOV", "CONSULT", "IRNGOV", "asserted")),
    ("The German chancellor flew to Paris following a meeting with Emmanuel Macron.",
     ("DEUGOV", "CONSULT", "FRAGOV", "asserted")),
    ("After his meeting with Vladimir Putin, Recep Tayyip Erdogan rejected the plan.",
     ("TURGOV", "CONSULT", "RUSGOV", "asserted")),
    ("Mike Pence announced the truce after talks with Recep Tayyip Erdogan in Ankara.",
     ("USAGOV", "CONSULT", "TURGOV", "asserted")),
    ("The Japanese envoy left Seoul after a series of meetings with South Korean officials.",
     ("JPNGOV", "CONSULT", "KORGOV", "asserted")),
    # a meeting owned by a pronoun: whom the pronoun means
    ("Donald Trump praised Shinzo Abe on Monday. Later he said his meeting with Vladimir Putin had gone well.",
     ("USAGOV", "CONSULT", "RUSGOV", "asserted")),
    # refusals, agreements announced, releases
    ("Israel ruled out a ceasefire with Hamas.", ("ISR", "REJECT", "PSEREB", "asserted")),
    ("The Greek government ruled out a referendum on the bailout.", ("GRCGOV", "REJECT", None, "asserted")),
    ("Turkey released the American pastor after two years.", ("TUR", "RETREAT", "USA", "asserted")),
    ("Myanmar's junta freed the opposition leader.", ("MMRGOV", "RETREAT", "MMROPP", "asserted")),
])
def test_meeting_wording_codes_sentence(code, text: str, expected: tuple[str | None, ...]) -> None:
    assert expected in _full(code(text))


@pytest.mark.parametrize(("text", "expected"), [
    # still to come: the agreement to meet (AGREE, future), not a consultation held
    ("Donald Trump's upcoming meeting with Vladimir Putin worries Europe.", ("USAGOV", "AGREE", "RUSGOV", "future")),
    ("Donald Trump is preparing for his summit with Kim Jong Un.", ("USAGOV", "AGREE", "PRKGOV", "future")),
    ("Donald Trump met Shinzo Abe. Ahead of his meeting with Vladimir Putin, Trump tweeted.",
     ("USAGOV", "AGREE", "RUSGOV", "future")),
    ("Donald Trump met Shinzo Abe. On the eve of his talks with Vladimir Putin, Trump tweeted.",
     ("USAGOV", "AGREE", "RUSGOV", "future")),
])
def test_meeting_to_come_is_an_intent(code, text: str, expected: tuple[str | None, ...]) -> None:
    found = _full(code(text))
    assert expected in found
    assert not any(t == "CONSULT" and s == "asserted" and tgt == expected[2] for _, t, tgt, s in found)


@pytest.mark.parametrize("text", [
    "Next week's meeting between Donald Trump and Vladimir Putin worries Europe.",
    "The summit with Kim Jong Un in Hanoi next month worries Seoul.",
    "In the run-up to the summit with Kim Jong Un, Donald Trump tweeted.",
    "Before his talks with Xi Jinping, Donald Trump will visit Tokyo.",
])
def test_no_asserted_meeting_still_to_come(code, text: str) -> None:
    assert not any(t == "CONSULT" and s == "asserted" for _, t, _, s in _full(code(text)))


@pytest.mark.parametrize("text", [
    "The FBI released photos of two men.",
    "The White House released emails of officials.",
    "The club released the Brazilian striker from his contract.",
    "The government said in a statement released to Saudi media that it rejects the threats.",
    "Tariffs make Americans less free.",
])
def test_published_things_are_no_release(code, text: str) -> None:
    assert not any(t == "RETREAT" for _, t, _, _ in _full(code(text)))


def test_adverbial_clause_after_a_refusal_is_no_negation(code) -> None:
    """ "After talks with X, Y rejected Z": the talks were held; only "refrained from" negates its complement."""
    found = _full(code("After talks with Ukrainian officials, the Russian president rejected the proposal."))
    assert ("RUSGOV", "CONSULT", "UKRGOV", "asserted") in found
    assert ("RUS", "ASSAULT", None, "negated") in {(s and s[:3], t, g, st) for s, t, g, st in
                                                  _full(code("Russia refrained from bombing the city."))}


def test_ruling_out_no_deal_is_no_refusal(code) -> None:
    """ "rule out no deal" rules out leaving without one: no proposal refused."""
    found = _full(code("The British prime minister said the way to rule out no deal was to back her agreement."))
    assert not any(t == "REJECT" and s == "asserted" for _, t, _, s in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a phone call or a visit as the occasion of the clause: its subject took part, the one it addresses too
    ("Vladimir Putin told Donald Trump in a phone call on Tuesday that Russia would respond.",
     ("RUSGOV", "CONSULT", "USAGOV", "asserted")),
    ("Angela Merkel urged Vladimir Putin during a phone call on Friday to pull back his troops.",
     ("DEUGOV", "CONSULT", "RUSGOV", "asserted")),
    ("In a phone call with Benjamin Netanyahu, Joe Biden voiced concern over the strikes.",
     ("USAELI", "CONSULT", "ISRGOV", "asserted")),
    ("The Egyptian president criticized the film during a visit to Paris.",
     ("EGYGOV", "CONSULT", "FRAGOV", "asserted")),
    # spoken to, by phone or not; armed or equipped by another actor
    ("Recep Tayyip Erdogan spoke to Saudi King Salman last week.", ("TURGOV", "CONSULT", "SAUGOV", "asserted")),
    ("Angela Merkel spoke to Vladimir Putin on the phone on Monday.", ("DEUGOV", "CONSULT", "RUSGOV", "asserted")),
    ("Russia was equipping the Syrian government with attack helicopters.", ("RUS", "AID", "SYRGOV", "asserted")),
    ("The Pentagon equipped Ukrainian forces with anti-tank missiles.", ("USAMIL", "AID", "UKRMIL", "asserted")),
    # the talks' "with" is the one after the verb, not one that opens the sentence
    ("With much fanfare and hope, Donald Trump had held two summits with Kim Jong Un.",
     ("USAGOV", "CONSULT", "PRKGOV", "asserted")),
    ("Barack Obama made a bad nuclear deal with Iran.", ("USAELI", "SUPPORT", "IRN", "asserted")),
    # a sum promised is a pledge, not money taken
    ("China has promised Pakistan $46 billion in investment.", ("CHN", "AGREE", "PAK", "asserted")),
])
def test_meeting_occasion_and_contact_wording(code, text: str, expected: tuple[str | None, ...]) -> None:
    assert expected in _full(code(text))


def test_visit_to_come_named_as_occasion_is_an_intent(code) -> None:
    found = _full(code("Barack Obama will raise human rights during a visit to Beijing next month."))
    assert ("USAELI", "AGREE", "CHNGOV", "future") in found
    assert not any(t == "CONSULT" for _, t, _, _ in found)


@pytest.mark.parametrize("text", [
    "A man told CNN in a phone call that he had been sent to attack the paper.",  # an interview
    "The minister spoke to the BBC about the crisis.",
    "Syria hosts Russia's only naval base on the Mediterranean.",  # a base stationed, no visitor
    "Qatar hosts the largest American military base in the region.",
    "Gunmen armed with rifles stormed the hotel.",
    "Nobody wants the regime to arm itself with nuclear weapons.",  # no one else armed
])
def test_interviews_and_bases_are_no_consultation(code, text: str) -> None:
    assert not any(e.plover is not None and e.plover.type in {"CONSULT", "AID"} for e in code(text))


def test_one_leader_named_twice_is_no_pair(code) -> None:
    """ "Turkish President Recep Tayyip Erdogan": the title and the name are one party of the talks."""
    found = _full(code("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held talks "
                       "in Moscow on Tuesday."))
    assert ("RUSGOV", "CONSULT", "TURGOV", "asserted") in found
    assert ("TURGOV", "CONSULT", "RUSGOV", "asserted") in found
    assert not any(s == "TURGOV" and tgt is None for s, _, tgt, _ in found)


@pytest.mark.parametrize("text", [
    # talks or a meeting held, "with" named or not: our 040 (consult), not the imported "046 hold talks"
    "Iran and France held talks in Paris on Monday.",
    "The Kenyan and Ugandan presidents held a meeting in Kampala.",
    "Pakistan and India conducted talks in Islamabad.",
    "The Indian prime minister held talks with the Japanese president in Tokyo.",
])
def test_talks_held_are_consultations_of_ours(code, text: str) -> None:
    assert {e.cameo for e in code(text) if e.status == "asserted"} == {"040"}
