"""Criticism without an accusing verb (coding/evaluation.py): a speaker judges another actor or that
actor's conduct ("said the deal was flawed", "called the sanctions illegal", "expressed concern over
X's strikes"); and the judgements that give nothing. Our own sentences."""

from __future__ import annotations

import pytest


def _accusations(events) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover and e.plover.type == "ACCUSE"}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ('The Chinese foreign ministry said the American tariffs were illegal and counterproductive.', 'CHNGOV', 'USA'),
    ("Russia's foreign minister said the British decision to expel diplomats was reckless.", 'RUSGOV', 'GBR'),
    ("The German chancellor said Turkey's military operation in Syria was unacceptable.", 'DEUGOV', 'TUR'),
    ("Iran's foreign minister described the Saudi blockade of Qatar as cruel.", 'IRNGOV', 'SAU'),
    ('Japan called the South Korean ruling a violation of international law.', 'JPN', 'KOR'),
    ('The French president said the Italian government had handled the migrant crisis badly.', 'FRAGOV', 'ITAGOV'),
    ("India said Pakistan's conduct along the border was provocative and dangerous.", 'IND', 'PAK'),
    ("The Kremlin called the Ukrainian government's actions irresponsible.", 'RUSGOV', 'UKRGOV'),
    ("Beijing described Washington's move as reckless and destabilizing.", 'CHNGOV', 'USAGOV'),
    ('The Mexican president said the American wall was an insult.', 'MEXGOV', 'USA'),
    ("Egypt's foreign ministry said the Ethiopian dam plan was a threat to regional stability.", 'EGYGOV', 'ETH'),
    ('The Pentagon said the Chinese intercept of the American plane was unsafe and unprofessional.', 'USAMIL', 'CHN'),
    ('Turkey said the Greek naval exercises were provocative.', 'TUR', 'GRC'),
    ("Senator Chuck Schumer said President Trump's deal with North Korea was fatally flawed.", 'USALEG', 'USAGOV'),
    ('The Israeli prime minister called the Iranian nuclear program a menace.', 'ISRGOV', 'IRN'),
    # sham and spite, and a story or report judged
    ('Iran said the report by the UN nuclear agency was bogus.', 'IRN', 'IGOUNO'),
    ('The Venezuelan foreign minister called the American move petty.', 'VENGOV', 'USA'),
    ('The Kenyan president tweeted on Sunday that the story was a "fake piece."', 'KENGOV', None),
    ('Japan expressed regret over the South Korean decision to scrap the pact.', 'JPN', 'KOR'),
    ("South Korea's president said the Japanese export restrictions were unjust.", 'KORGOV', 'JPN'),
    ('The Venezuelan government called the American sanctions criminal.', 'VENGOV', 'USA'),
    ("Nancy Pelosi said Trump's decision to withdraw troops from Syria was a disaster.", 'USALEG', 'USAGOV'),
    ("The British foreign secretary said Russia's annexation of Crimea was illegal.", 'GBRGOV', 'RUS'),
    ('The Polish prime minister said the German pipeline deal was a mistake.', 'POLGOV', None),
    ("The Canadian prime minister said Saudi Arabia's treatment of activists was appalling.", 'CANGOV', 'SAU'),
    ("The Australian government said China's detention of the writer was arbitrary.", 'AUSGOV', 'CHN'),
    ("Pakistan's prime minister said the Indian airstrikes were reckless.", 'PAKGOV', 'IND'),
    ('The Philippine president said the Chinese occupation of the reefs was illegal.', 'PHLGOV', 'CHN'),
    ('The Iranian foreign minister said the American withdrawal from the deal was a betrayal.', 'IRNGOV', 'USA'),
    ('The Ukrainian president said Russia had behaved irresponsibly.', 'UKRGOV', 'RUS'),
    ('The United Nations expressed concern over the Israeli strikes in Gaza.', 'IGOUNO', 'ISR'),
    ("The European Union expressed dismay at Hungary's new media law.", 'IGOEEC', 'HUN'),
    ('The German chancellor aired her criticism of the American plan.', 'DEUGOV', 'USA'),
    ('The Chinese ambassador voiced anger over the Canadian arrest of the executive.', 'CHNGOV', 'CAN'),
    ('The Qatari foreign minister expressed outrage at the Saudi blockade.', 'QATGOV', 'SAU'),
    ('The Syrian government called the Turkish incursion a flagrant violation of its sovereignty.', 'SYRGOV', 'TUR'),
    ('The Russian ambassador described the NATO buildup as a provocation.', 'RUSGOV', 'IGONAT'),
    ("Nigeria's president said the rebels' attacks on villages were barbaric.", 'NGAGOV', 'NGAREB'),
    ('Vietnam said Chinese survey ships had acted illegally in its waters.', 'VNM', 'CHN'),
    ("The Kenyan president said Somalia's maritime claim was baseless.", 'KENGOV', 'SOM'),
    ("Brazil's president called the French criticism disrespectful.", 'BRAGOV', 'FRA'),
    ('The Afghan government said the Taliban attack on the hospital was a crime against humanity.', 'AFGGOV', 'AFGREB'),
    ('The Saudi foreign minister said Iranian interference in Yemen was unacceptable.', 'SAUGOV', 'IRN'),
    ('The North Korean foreign ministry described the South Korean drills as a provocation.', 'PRKGOV', 'KOR'),
    ('The Cuban foreign minister said the new American restrictions were cruel and inhumane.', 'CUBGOV', 'USA'),
    ('The Spanish prime minister said the Moroccan blockade of the border was illegal.', 'ESPGOV', 'MAR'),
    ('"This is a reckless move by Washington," the Chinese foreign ministry said.', 'CHNGOV', 'USAGOV'),
    ('The Greek prime minister expressed concern over Turkish drilling off Cyprus.', 'GRCGOV', 'TUR'),
    ("The Danish premier said Trump's remarks had been very insulting.", 'DNKGOV', 'USAGOV'),
])
def test_coding_criticism_judgements_are_accusations(code, sentence: str, source: str, target: str | None) -> None:
    assert (source, target) in _accusations(code(sentence))


@pytest.mark.parametrize("sentence", [
    'The Chinese foreign ministry said the American tariffs were not illegal.',
    "Russia's foreign minister said the British decision was reasonable.",
    "The German chancellor praised Turkey's handling of the refugee crisis.",
    'The French president said the weather in Normandy was terrible.',
    'The Japanese finance minister said the global economy was in a dangerous state.',
    'The Indian prime minister said the monsoon floods were a disaster for farmers.',
    'The Kenyan president said the drought was a catastrophe.',
    'The Mexican president said the wall would be a mistake if it were built.',
    "Egypt's foreign minister said the Ethiopian dam plan could be dangerous.",
    'The British prime minister said her own government had made a mistake.',
    "The Canadian prime minister said Canada's response had been a failure.",
    'Turkey denied that its operation in Syria was illegal.',
    'The Iranian foreign minister asked whether the American withdrawal was a mistake.',
    "Brazil's president said the French offer of aid was generous.",
    "The Australian government described China's decision as understandable.",
    "Pakistan's prime minister said the Indian elections were peaceful.",
    'The UN envoy expressed hope that the talks in Geneva would succeed.',
    'The Chinese ambassador expressed concern over the situation in Hong Kong.',
    'The Greek prime minister expressed no concern over the Turkish exercises.',
    'Germany said the American plan was far from perfect but workable.',
    'The Polish prime minister said it would be a disaster if the deal collapsed.',
    'Critics said the Russian deal was flawed.',
    "The Saudi foreign minister said Iran's behaviour was not acceptable but improving.",
    'The Spanish prime minister called the Catalan vote peaceful.',
    'The Philippine president described the Chinese coast guard as professional.',
    'The Venezuelan government said the American sanctions will be a disaster.',
    'The Cuban foreign minister did not say the American restrictions were cruel.',
    'The South Korean president said the Japanese export restrictions might be unfair.',
    'We said our decision to leave the treaty was a mistake.',
    'The Spanish police said the passports were fake.',
    'The Italian minister expressed regret for his remarks about the refugees.',
    'The Nigerian president said the road between Lagos and Ibadan was dangerous.',
    'The Afghan president said the earthquake was a tragedy.',
    'The Ukrainian foreign minister said the French proposal was a good idea.',
])
def test_coding_criticism_no_accusation_without_a_judged_actor(code, sentence: str) -> None:
    """Praise, neutral words, negated or hedged judgements, things judged, and self-criticism."""
    assert not _accusations(code(sentence))
