"""Meetings still to come, invitations and agreements to take part (PLOVER AGREE, CAMEO 03x): a meeting
announced, scheduled or hoped for is the intent to meet (036), not a consultation held; a noun event whose
clause plans it ("a summit is planned for June", "talks are expected to resume") or that is only a prospect
("raised the prospect of a summit") is no meeting held; taking part in talks is a meeting (040), and one
still to come or agreed to is the intent; a gerund after "committed to" is an act intended. Refusals,
calls by third parties, hypotheticals and meetings of non-political actors stay out."""

from __future__ import annotations

import pytest

from newsevents.records import Event


def _coded(events: list[Event]) -> set[tuple[str | None, str, str | None, str | None, str]]:
    """(source code, CAMEO code, PLOVER type, target code, status) of each event."""
    return {(e.source.code if e.source else None, e.cameo, e.plover.type if e.plover else None,
             e.target.code if e.target else None, e.status) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    # announced or scheduled meetings and visits: the intent to meet, X -> Y
    ("The Chinese and Russian presidents will meet in Beijing next week.",
     ("CHNGOV", "036", "AGREE", "RUSGOV", "future")),
    ("Vladimir Putin and Recep Tayyip Erdogan are set to meet in Sochi on Friday.",
     ("RUSGOV", "036", "AGREE", "TURGOV", "future")),
    ("Iran and France are scheduled to hold talks in Geneva next month.", ("IRN", "036", "AGREE", "FRA", "future")),
    ("The Indian prime minister plans to visit Japan next week.", ("INDGOV", "036", "AGREE", "JPN", "future")),
    ("Angela Merkel will travel to Moscow for talks with Vladimir Putin.",
     ("DEUGOV", "036", "AGREE", "RUSGOV", "future")),
    ("Emmanuel Macron is due to meet Angela Merkel in Berlin on Monday.",
     ("FRAGOV", "036", "AGREE", "DEUGOV", "future")),
    ("The Japanese foreign minister will visit Seoul next week.", ("JPNGOV", "036", "AGREE", "KORGOV", "future")),
    ("Vladimir Putin will host Kim Jong Un in Vladivostok.", ("RUSGOV", "036", "AGREE", "PRKGOV", "future")),
    # "slated": the tagger's lemma is "slat"
    ("Donald Trump is slated to visit London in July.", ("USAGOV", "036", "AGREE", "GBRGOV", "future")),
    ("Donald Trump is slated to meet Shinzo Abe in July.", ("USAGOV", "036", "AGREE", "JPNGOV", "future")),
    # "hopes", "hoped": the tagger's lemma is "hop"
    ("Moon Jae-in said he hopes to meet Kim Jong Un.", ("KORGOV", "036", "AGREE", "PRKGOV", "future")),
    ("The Turkish president said he hoped to visit Washington in the spring.",
     ("TURGOV", "036", "AGREE", "USAGOV", "future")),
    # a meeting noun whose clause plans it
    ("A summit between Donald Trump and Kim Jong Un is planned for June.",
     ("USAGOV", "036", "AGREE", "PRKGOV", "future")),
    ("Talks between Iran and France are expected to resume next week.", ("FRA", "036", "AGREE", "IRN", "future")),
    ("Talks between Serbia and Kosovo are set for next month.", ("SRB", "036", "AGREE", "XKX", "future")),
    # invitations and their acceptance
    ("Vladimir Putin invited Kim Jong Un to visit Moscow.", ("RUSGOV", "036", "AGREE", "PRKGOV", "asserted")),
    ("Japan has invited South Korea to talks on the trade dispute.", ("JPN", "036", "AGREE", "KOR", "asserted")),
    ("The Iranian president accepted the invitation from Emmanuel Macron.",
     ("IRNGOV", "030", "AGREE", "FRAGOV", "asserted")),
    # an invitation taken up: the one who takes it up is to come
    ("Kim Jong Un accepted the invitation to visit Russia.", ("PRKGOV", "036", "AGREE", "RUS", "future")),
    ("Hamas accepted an invitation to attend the talks with Fatah in Cairo.",
     ("PSEREB", "036", "AGREE", "PSEGOV", "future")),
    ("Japan welcomed the invitation to attend the summit with China.", ("JPN", "036", "AGREE", "CHN", "future")),
    # a meeting agreed to, named by a noun
    ("Iran agreed to a meeting with the French president.", ("IRN", "036", "AGREE", "FRAGOV", "asserted")),
    ("North Korea agreed to a summit with South Korea.", ("PRK", "036", "AGREE", "KOR", "asserted")),
    # agreeing to take part, taking part to come
    ("Turkey agreed to take part in the talks on Syria.", ("TUR", "036", "AGREE", "SYR", "future")),
    ("Venezuela's opposition agreed to participate in talks with the government.",
     ("VENOPP", "036", "AGREE", "VENGOV", "future")),
    ("Iran will participate in the talks with the United States in Vienna.", ("IRN", "036", "AGREE", "USA", "future")),
    ("Germany will take part in the talks on Libya.", ("DEU", "036", "AGREE", "LBY", "future")),
    ("The Japanese prime minister will attend the G20 summit in Osaka.",
     ("JPNGOV", "036", "AGREE", "IGOGTW", "future")),
    ("The Indian prime minister will attend the summit with the Chinese president.",
     ("INDGOV", "036", "AGREE", "CHNGOV", "future")),
    ("Pakistan and India agreed to hold talks on Kashmir.", ("PAK", "036", "AGREE", "IND", "asserted")),
    # a trip for talks with another side: to that side, not to the place
    ("Angela Merkel will travel to Brussels for talks with Vladimir Putin.",
     ("DEUGOV", "036", "AGREE", "RUSGOV", "future")),
    # a meeting floated by one who would take part
    ("Donald Trump floated the possibility of another meeting with Xi Jinping.",
     ("USAGOV", "036", "AGREE", "CHNGOV", "asserted")),
    ("The Japanese president broached the idea of talks with North Korea.",
     ("JPNGOV", "036", "AGREE", "PRK", "asserted")),
    # intents to cooperate, aid, release, ease (031-035)
    ("The Japanese government remains committed to providing aid to Ukraine.",
     ("JPNGOV", "033", "AGREE", "UKR", "future")),
    ("Israel committed to easing the blockade of Gaza.", ("ISR", "0356", "AGREE", "PSE", "future")),
    ("The United States offered to ease sanctions on Iran.", ("USA", "0354", "AGREE", "IRN", "future")),
    ("Iran vowed to release the British sailors.", ("IRN", "0353", "AGREE", "GBR", "future")),
    ("China promised to cooperate with Pakistan on security.", ("CHN", "031", "AGREE", "PAK", "future")),
    ("Russia offered to mediate between India and Pakistan.", ("RUS", "039", "AGREE", "PAK", "asserted")),
])
def test_meeting_to_come_or_agreed_is_an_intent(code, text: str, expected: tuple[str | None, ...]) -> None:
    found = _coded(code(text))
    assert expected in found
    assert not any(c[:2] == "04" and s == "asserted" for _, c, _, _, s in found)


@pytest.mark.parametrize(("text", "expected"), [
    # taking part or attending, done: a meeting held (CONSULT)
    ("Germany took part in the talks on Libya.", ("DEU", "040", "CONSULT", "LBY", "asserted")),
    ("Iran has taken part in the talks with the United States.", ("IRN", "040", "CONSULT", "USA", "asserted")),
    ("The Indian prime minister attended the summit with the Chinese president.",
     ("INDGOV", "040", "CONSULT", "CHNGOV", "asserted")),
    # meetings in the past are consultations, not intents
    ("Donald Trump met Shinzo Abe in Osaka on Friday.", ("USAGOV", "040", "CONSULT", "JPNGOV", "asserted")),
    ("Iran and France held talks in Geneva last month.", ("IRN", "040", "CONSULT", "FRA", "asserted")),
    ("Moon Jae-in and Kim Jong Un met at the border village on Friday.",
     ("KORGOV", "040", "CONSULT", "PRKGOV", "asserted")),
    ("The Japanese envoy arrived in Seoul for talks with South Korean officials.",
     ("JPNGOV", "040", "CONSULT", "KORGOV", "asserted")),
])
def test_meeting_held_is_a_consultation(code, text: str, expected: tuple[str | None, ...]) -> None:
    found = _coded(code(text))
    assert expected in found
    assert not any(t == "AGREE" for _, _, t, _, _ in found)


def test_troops_committed_are_no_troops_sent(code) -> None:
    """ "is committed to sending troops": the one committed sends, later; no deployment told as done."""
    found = _coded(code("Germany is committed to sending more troops to Lithuania."))
    assert ("DEU", "154", "MOBILIZE", "LTU", "future") in found
    assert not any(s == "asserted" for *_, s in found)


@pytest.mark.parametrize("text", [
    "The militia is committed to ending the war by defeating the army.",  # the means of an aim: not done either
    "The Kenyan government remains committed to fighting the rebels in the north.",
    "Turkey is committed to attacking the Kurdish militia in Syria.",
])
def test_force_committed_to_is_not_done(code, text: str) -> None:
    assert not any(e.plover is not None and e.plover.type == "ASSAULT" and e.status == "asserted"
                   for e in code(text))


@pytest.mark.parametrize(("text", "expected"), [
    # refusals are rejections, and a meeting refused is none
    ("Vladimir Putin refused to meet the Ukrainian president.", ("RUSGOV", "125", "REJECT", "UKRGOV", "asserted")),
    ("The Afghan rebels rejected an invitation to attend the talks with the government.",
     ("AFGREB", "120", "REJECT", None, "asserted")),
    # calls for talks by a third party are requests
    ("The United Nations called on India and Pakistan to hold talks.", ("IGOUNO", "020", "REQUEST", "IND", "asserted")),
    ("The European Union urged Serbia and Kosovo to resume talks.", ("IGOEEC", "026", "REQUEST", "SRB", "asserted")),
])
def test_refusals_and_calls_are_no_intent(code, text: str, expected: tuple[str | None, ...]) -> None:
    found = _coded(code(text))
    assert expected in found
    assert not any(t in {"AGREE", "CONSULT"} and s in {"asserted", "future"} for _, _, t, _, s in found)


@pytest.mark.parametrize("text", [
    # not taken part in, refused, or only possible
    "Iran said it would not take part in the talks with the United States.",
    "The rebels refused to take part in the talks with the government.",
    "If Donald Trump and Kim Jong Un meet, the talks could fail.",
    "Iran might meet the French president next week.",
    "The German chancellor could visit China next month.",
    # a prospect raised by onlookers is no meeting, held or intended
    "Analysts raised the prospect of a summit between Donald Trump and Kim Jong Un.",
    "The possibility of talks between Iran and the United States worries Israel.",
    # meetings of companies and gatherings of professionals, and participles that say who is there
    "Apple and Samsung executives will meet in Seoul next week.",
    "The company's board will meet on Tuesday to discuss the merger.",
    "Doctors from 40 countries will attend a conference in Geneva.",
    "The minister attended a news conference in Paris.",
    "Reporters attending the summit asked Donald Trump about trade.",
])
def test_no_meeting_or_intent_counted(code, text: str) -> None:
    counted = [e for e in code(text) if e.status in {"asserted", "future"}]
    assert not any(e.plover is not None and e.plover.type in {"AGREE", "CONSULT"} for e in counted)
