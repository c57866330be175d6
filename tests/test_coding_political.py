"""Political wordings of news (accusations, rejections, cyber attacks, sanctions, threats, meetings),
and the guards that keep warnings, fears and claims from being coded as deeds; our own sentences."""

from __future__ import annotations

import pytest


def _triples(events) -> set[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.plover.type if e.plover else None, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events if e.counted}


@pytest.mark.parametrize(("sentence", "kind", "source", "target"), [
    # ACCUSE: contempt, fault, criticism delivered, statements that condemn
    ("The Chinese foreign ministry called the American tariffs absurd on Monday.", "ACCUSE", "CHNGOV", "USA"),
    ("Germany faulted Russia for the collapse of the ceasefire.", "ACCUSE", "DEU", "RUS"),
    ("The Kenyan president hammered the Somali government for the attacks.", "ACCUSE", "KENGOV", "SOMGOV"),
    ("The French president delivered a sharp criticism of the Turkish government.", "ACCUSE", "FRAGOV", "TURGOV"),
    ("Egypt issued a statement condemning the Israeli raid.", "ACCUSE", "EGY", "ISR"),
    ("Ankara threatened air strikes on Syria after blaming the Syrian army for the shelling of a Turkish village.",
     "ACCUSE", "TURGOV", "SYRMIL"),
    # REJECT: disputed claims
    ("The Kremlin disputed the allegations from London.", "REJECT", "RUSGOV", "GBRGOV"),
    ("The French government backed out of the arms deal with Australia.", "REJECT", "FRAGOV", "AUS"),
    # COERCE (PLOVER mode cyber): hacking, break-ins, election interference, cyber attacks
    ("Chinese hackers broke into the computer networks of the Indian navy.", "COERCE", "CHNCRM", "INDMIL"),
    ("Russia interfered in the French election, the French government said.", "COERCE", "RUS", "FRA"),
    ("Iran launched cyber attacks on Saudi oil companies.", "COERCE", "IRN", "SAUBUS"),
    # SANCTION: passed, adopted, stepped up, hit with; suspended exchanges
    ("The Security Council adopted a resolution imposing sanctions on Eritrea.", "SANCTION", "IGOUNOSCR", "ERI"),
    ("The European Union stepped up sanctions on Belarus.", "SANCTION", "IGOEEC", "BLR"),
    ("Britain hit Russia with new sanctions on Tuesday.", "SANCTION", "GBR", "RUS"),
    ("The Saudi government suspended flights to Qatar.", "SANCTION", "SAUGOV", "QAT"),
    # REJECT: vetoes cast, endorsements declined
    ("Russia cast a veto at the United Nations Security Council on Wednesday.", "REJECT", "RUS", "IGOUNO"),
    ("Turkey declined to recognise the new government of Libya.", "REJECT", "TUR", "LBYGOV"),
    # SANCTION 'convict': a court's prison sentence (PLOVER manual); COERCE: house arrest
    ("An Iranian court sentenced the American student to ten years in prison.", "SANCTION", "IRNJUD", "USAEDU"),
    ("Egyptian police placed the journalist under house arrest.", "COERCE", "EGYCOP", "EGYMED"),
    # CONSULT: "called" a leader to talk
    ("Erdogan called Putin to express his condolences.", "CONSULT", "TURGOV", "RUSGOV"),
    # THREATEN: penalties named
    ("Trump threatened Mexico with tariffs on Friday.", "THREATEN", "USAGOV", "MEX"),
    ("Ankara threatened air strikes on Syria after blaming the Syrian army for the shelling of a Turkish village.",
     "THREATEN", "TURGOV", "SYR"),
    ("China warned the United States that it would retaliate if the tariffs went ahead.", "THREATEN", "CHN", "USA"),
    ("The Japanese prime minister warned North Korea that Japan would respond firmly to any attack.",
     "THREATEN", "JPNGOV", "PRK"),
    # CONSULT: a meeting as the occasion of what was said
    ("In a meeting with the Indian prime minister, the Japanese president said trade would grow.",
     "CONSULT", "JPNGOV", "INDGOV"),
])
def test_coding_political_wordings_give_type_source_and_target(code, sentence: str, kind: str, source: str,
                                                              target: str) -> None:
    assert (kind, source, target) in _triples(code(sentence))


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The Japanese government backed out of the deal with South Korea.", "REJECT"),
    ("North Korean hackers hacked Sony Pictures in 2014.", "COERCE"),
])
def test_coding_political_wordings_without_a_named_target(code, sentence: str, kind: str) -> None:
    assert kind in {t[0] for t in _triples(code(sentence))}


@pytest.mark.parametrize(("sentence", "not_kind"), [
    ("The IMF warned Greece that its debt was unsustainable.", "THREATEN"),  # no consequence named
    ("The general warned that North Korea could strike Guam within minutes.", "THREATEN"),  # someone else's act
    ("Critics fear that China will invade Taiwan.", "THREATEN"),  # feared, not intended
    ("Critics fear that China will invade Taiwan.", "ASSAULT"),
    ("The European Union stopped short of imposing sanctions on Russia.", "SANCTION"),
    ("Russia has never interfered in and is not going to interfere in US internal affairs, Putin said.", "THREATEN"),
    ("Trump warned Iran against attacking American forces.", "ASSAULT"),  # warned against, not done
    ("The senator, who hails from Texas, met the Mexican president on Monday.", "SUPPORT"),
    ("Trump backed out of the nuclear agreement with Iran.", "SUPPORT"),
    ("Trump would like to meet Kim Jong Un in Singapore.", "CONSULT"),  # a wish: an intent at most
    ("The Israeli army defended itself against attacks from Gaza.", "SUPPORT"),
])
def test_coding_political_guards_leave_out_what_did_not_happen(code, sentence: str, not_kind: str) -> None:
    assert not_kind not in {t[0] for t in _triples(code(sentence))}


def test_coding_political_claimed_deed_is_not_asserted(code) -> None:
    events = code("Beijing disputed allegations by Australian officials that Chinese agents ignored the court orders.")
    assert [e.plover.type for e in events if e.counted and e.plover] == ["REJECT"]
