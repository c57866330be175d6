"""Round 12 role rules (issue 11): the exact source and target codes, on sentences of our own.

- ALLEGED: an accusation told with the deed it blames is aimed at that deed's subject ("prosecutors
  alleged that the senator lied", "the senator lied, prosecutors alleged"); never a first-person "we";
- HEADLINE: a sentence the parser reads as one noun phrase ("U.S. airstrikes killed 14 militants") has its
  participle as main verb, so the strikes' state is the source and the killed the target;
- WHEN: a passive killing told with a clause of time whose verb is an attack ("were killed when police stormed
  the camp") was done by that clause's subject; a clause that is no attack gives no source;
- PROVINCE: a place named with a common noun ("in Idlib province") sets the sentence's country, before the dateline;
- OFFICERS: "responding officers", "a foreign service officer", "a sheriff" are police, diplomats, police;
- UNLISTED: a full name the dictionary lacks, with no title or description, is a person of the dateline's country
  (country code alone), not of a place where the sentence puts them.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article

D = date(2019, 6, 1)

ALLEGED = [
    ("WASHINGTON (AP) — Prosecutors alleged that the senator lied to the FBI.", "USAJUD", "USALEG"),
    ("WASHINGTON (AP) — The senator lied repeatedly to investigators, prosecutors alleged in a court filing.",
     "USAJUD", "USALEG"),
    ("WASHINGTON (AP) — The governor misused state funds, the attorney general alleged on Tuesday.",
     "USAJUD", "USAGOV"),
    ("BEIRUT (AP) — The rebels alleged that the army had used chemical weapons in Syria.", "SYRREB", "SYRMIL"),
    ("TEHRAN, Iran (AP) — Iran alleged that Israel was behind the attack on the tanker.", "IRN", "ISR"),
    ("MOSCOW (AP) — Russia alleged that Ukrainian forces had shelled the town.", "RUS", "UKRMIL"),
    ("NEW DELHI (AP) — India alleged that Pakistan sheltered the militants.", "IND", "PAK"),
    ("BEIJING (AP) — China alleged on Monday that the United States had meddled in Hong Kong.", "CHN", "USA"),
    ("SEOUL, South Korea (AP) — South Korea alleged that North Korea had hacked the bank.", "KOR", "PRK"),
    ("ANKARA, Turkey (AP) — Turkey alleged that Greece was harboring the plotters.", "TUR", "GRC"),
    ("WASHINGTON (AP) — The lawmaker took bribes from a contractor, federal prosecutors alleged in an indictment.",
     "USAJUD", "USALEG"),
    ("NAIROBI, Kenya (AP) — The opposition alleged that the electoral commission had rigged the vote.",
     "KENOPP", "KENGOV"),
    ("BOGOTA, Colombia (AP) — The rebels falsely alleged that soldiers had killed the farmers.", "COLREB", "COLMIL"),
    ("KABUL, Afghanistan (AP) — Afghan officials alleged that Pakistan was sheltering the Taliban.", "AFGGOV", "PAK"),
]

HEADLINE = [
    ("WASHINGTON (AP) — U.S. airstrikes killed at least 14 militants in Syria's Raqqa province.", "USA", "SYRREB"),
    ("JERUSALEM (AP) — Israeli airstrikes killed three Hamas fighters in Gaza on Sunday.", "ISR", "PSEREB"),
    ("BEIRUT (AP) — Russian air raids killed 20 civilians in Idlib province, activists said.", "RUS", "SYRCVL"),
    ("BEIRUT (AP) — Russian warplanes destroyed a hospital in Idlib province.", "RUSMIL", "SYRHLH"),
    ("KABUL, Afghanistan (AP) — The Taliban attacked a police post in Kandahar province.", "AFGREB", "AFGCOP"),
]

WHEN = [
    ("KIEV, Ukraine (AP) — Twenty-five people were killed when riot police stormed the protest camp.",
     "UKRCOP", "UKRCVL"),
    ("KABUL, Afghanistan (AP) — Seven soldiers were killed on Saturday as the Taliban continued attacks against "
     "army posts.", "AFGREB", "AFGMIL"),
    ("BAGHDAD (AP) — Three civilians were wounded when militants shelled the town.", "IRQREB", "IRQCVL"),
    ("CAIRO (AP) — Two policemen were killed when gunmen opened fire on a checkpoint in Sinai.", "EGYUAF", "EGYCOP"),
    ("KABUL, Afghanistan (AP) — Four policemen were killed when Taliban fighters stormed a checkpoint in Ghazni "
     "province.", "AFGREB", "AFGCOP"),
    ("ISLAMABAD (AP) — Three villagers were wounded when Indian troops fired across the border.", "INDMIL", "PAKCVL"),
    ("CARACAS, Venezuela (AP) — Two students were injured when police fired tear gas at the march.",
     "VENCOP", "VENEDU"),
]

# A full name the dictionary lacks, with no title, description or party: the dateline or the story's main state
# is no evidence of the person's country (wire stories from Washington quote Russians and Koreans all the time),
# so the person stays uncoded and the event keeps the party the sentence does name.
UNLISTED = [
    ("WASHINGTON (AP) — John Doe criticized the mayor of Chicago on Monday.", None, "USAGOV"),
    ("WASHINGTON (AP) — Konstantin Orlov criticized the State Department on Monday.", None, "USAGOV"),
    ("LONDON (AP) — Oliver Pembridge criticized the European Union on Monday.", None, "IGOEEC"),
    ("WASHINGTON (AP) — Trump met Kim on Tuesday, a day after Trump and Kim Jong Un spoke by phone.",
     "USAGOV", "PRKGOV"),
]

# an officer named by the service he works in is of it (roles.csv); a bare "officer" stays military
OFFICERS = [
    ("WASHINGTON (AP) — Responding officers shot and killed the gunman, police said.", "USACOP", "USAUAF"),
    ("WASHINGTON (AP) — A foreign service officer criticized the State Department.", "USAGOV", "USAGOV"),
    ("WASHINGTON (AP) — The sheriff arrested two protesters.", "USACOP", "USACVL"),
    ("WASHINGTON (AP) — The chief executive officer of the bank met the Chinese ambassador.", "USABUS", "CHNGOV"),
    ("WASHINGTON (AP) — Army officers criticized the Pentagon.", "USAMIL", "USAMIL"),
]

# roles that were right before and must stay so
KEPT = [
    ("WASHINGTON (AP) — Trump met Kim Jong Un in Singapore.", "USAGOV", "PRKGOV"),
    ("WASHINGTON (AP) — Russia imposed sanctions on Ukrainian companies.", "RUS", "UKRBUS"),
    ("WASHINGTON (AP) — Trump lashed out at Germany on Tuesday.", "USAGOV", "DEU"),
    ("BEIJING (AP) — China held talks with North Korea in Beijing.", "CHN", "PRK"),
    ("WASHINGTON (AP) — Israeli tanks shelled a United Nations school in Gaza, officials said.", "ISRMIL", "IGOUNO"),
    ("MOSCOW (AP) — Ukrainian artillery hit a residential area in Donetsk, separatists said.", "UKRMIL", "UKR"),
]

# (text, trigger, source, target): no party a rule must not invent, with the parties the sentence does name
NOT_INVENTED = [
    ("BAGHDAD (AP) — Three civilians were wounded when it rained.", "wounded", None, "IRQCVL"),
    ("BAGHDAD (AP) — Three civilians were wounded when the old bridge collapsed.", "wounded", None, "IRQCVL"),
    ("BAGHDAD (AP) — Three civilians were wounded as officials debated the budget.", "wounded", None, "IRQCVL"),
    ("TEHRAN, Iran (AP) — Iran alleged that we were behind the attack.", "alleged", "IRN", None),
]


def _pairs(pipeline, text: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    events = pipeline.code_article(Article(id="t", text=text, date=D))
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.status == "asserted"}


CODES = ALLEGED + HEADLINE + WHEN + UNLISTED + OFFICERS + KEPT


@pytest.mark.parametrize(("text", "source", "target"), CODES)
def test_actor_roles_round12_codes(pipeline, text: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (source, target) in _pairs(pipeline, text)


@pytest.mark.parametrize(("text", "trigger", "source", "target"), NOT_INVENTED)
def test_actor_roles_round12_nothing_invented(pipeline, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                              source: str | None, target: str | None) -> None:
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=D)) if e.trigger.text == trigger]
    assert events
    assert {(e.source.code if e.source else None, e.target.code if e.target else None) for e in events} == {
        (source, target)}
