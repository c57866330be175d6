"""Round 13 role rules (issue 11): the exact source and target codes of one trigger, on sentences of our own.

- STAFF: a person named inside a description of someone else ("Trump's campaign chairman", "a Putin loyalist",
  "a former Trump campaign aide") lends only the country, with the sector of the description's own noun; the
  described person never takes that person's code or name (a later surname is not Trump);
- PREDICATE: "X is a Russian senator", "X was Trump's campaign chairman" describes X as an apposition does, so a
  later bare "X" takes that code; a negated copula says nothing;
- DESCRIBED: "the militant group", "the reclusive state", "the military" whose country only the dateline, a place
  of the sentence or the story would give is the group, state or force the story named before;
- EMBASSY: "at the U.S. embassy in Baghdad" names whose embassy it is, not where the sentence is set;
- DOERS: a statement or protest about a deed or an attack is aimed at whom its "by" phrase names ("condemned
  the air raids by U.S. forces"), also where the parser hangs that phrase on the verb;
- TITLED_NAMES: a title word ending a name ("Erik Prince", "Angus King") or after "Mr." ("Mr. Prince") is a
  surname, not a title;
- KEPT: appositions and prepositional and nominal targets that were right before and must stay so.
"""

from __future__ import annotations

from datetime import date

import pytest

D = date(2019, 6, 1)

STAFF = [
    ("WASHINGTON (AP) — Paul Manford, Trump's former campaign chairman, denied lying to investigators.",
     "denied", "USA", "USACOP"),
    ("WASHINGTON (AP) — Trump's former campaign chairman, Paul Manford, denied lying to investigators.",
     "denied", "USA", "USACOP"),
    ("WASHINGTON (AP) — Trump's campaign manager criticized the judge on Monday.", "criticized", "USA", "USAJUD"),
    ("WASHINGTON (AP) — Trump's campaign chairman met the Russian ambassador on Monday.", "met", "USA", "RUSGOV"),
    ("WASHINGTON (AP) — Greg Lonner, Trump's campaign manager, accused the Democrats of lying.",
     "accused", "USA", "USAPTY"),
    ("WASHINGTON (AP) — Greg Lonner, a Trump campaign donor, met the Russian ambassador on Monday.",
     "met", "USA", "RUSGOV"),
    ("WASHINGTON (AP) — A longtime Trump fundraiser met the Russian ambassador on Monday.", "met", "USA", "RUSGOV"),
    ("MOSCOW (AP) — Arkady Belov, a longtime Putin loyalist, criticized the European Union.",
     "criticized", "RUS", "IGOEEC"),
    ("MOSCOW (AP) — A Putin loyalist accused the European Union of meddling.", "accused", "RUS", "IGOEEC"),
    ("MOSCOW (AP) — Sergei Lavin, Putin's bodyguard, criticized the European Union.", "criticized", "RUS", "IGOEEC"),
    ("CARACAS, Venezuela (AP) — Luis Pardo, Maduro's chief fundraiser, denounced the United States.",
     "denounced", "VEN", "USA"),
    ("WASHINGTON (AP) — Rick Gold, a former Trump campaign aide, met the Russian ambassador.",
     "met", "USAELI", "RUSGOV"),
    ("WASHINGTON (AP) — Michael Flint, Trump's first national security adviser, met the Russian ambassador.",
     "met", "USAGOV", "RUSGOV"),
    ("WASHINGTON (AP) — Rick Gold, a former Trump campaign aide, pleaded guilty. On Monday, Gold met the Russian "
     "ambassador.", "met", "USAELI", "RUSGOV"),
]

PREDICATE = [
    ("WASHINGTON (AP) — Pavel Gromov is a Russian senator. Gromov criticized the new U.S. sanctions on Monday.",
     "criticized", "RUSLEG", "USA"),
    ("ISTANBUL (AP) — Selim Kaya is a Turkish journalist. Kaya accused the Turkish government of censorship.",
     "accused", "TURMED", "TURGOV"),
    ("LONDON (AP) — Nadia Farouk is an Egyptian lawyer. On Monday, Farouk accused Egypt's government of torture.",
     "accused", "EGYJUD", "EGYGOV"),
    ("WASHINGTON (AP) — Paul Manford was Trump's campaign chairman. On Monday, Manford denied lying to the FBI.",
     "denied", "USA", "USACOP"),
    # a negated copula describes nobody: the person stays uncoded
    ("WASHINGTON (AP) — Pavel Gromov is not a Russian senator. Gromov criticized the new U.S. sanctions on Monday.",
     "criticized", None, "USA"),
]

DESCRIBED = [
    ("BEIRUT (AP) — The Islamic State group seized a town in Iraq. The militant group also attacked Kurdish "
     "fighters in Syria.", "attacked", "IMGISI", "SYRREB"),
    ("KABUL, Afghanistan (AP) — The Taliban attacked a police checkpoint. The insurgent group also attacked an "
     "army post.", "attacked", "AFGREB", "AFGMIL"),
    ("MOGADISHU, Somalia (AP) — Al-Shabab attacked an army base. The militant group also killed three civilians.",
     "killed", "SOMREB", "SOMCVL"),
    ("WASHINGTON (AP) — Hamas fired rockets at Israel. The militant group also threatened Egypt.",
     "threatened", "PSEREB", "EGY"),
    ("BEIRUT (AP) — Hezbollah attacked an Israeli patrol. The militant group also fired rockets at Israel.",
     "fired", "LBNREB", "ISR"),
    ("WASHINGTON (AP) — North Korea launched a missile on Sunday. The reclusive state also threatened Japan.",
     "threatened", "PRKGOV", "JPN"),
    ("SEOUL, South Korea (AP) — North Korea fired two missiles. The communist state also accused South Korea of "
     "provocations.", "accused", "PRKGOV", "KOR"),
    ("WASHINGTON (AP) — Sudan's army attacked the protest camp. The military also arrested Sudanese opposition "
     "leaders.", "arrested", "SDNMIL", "SDNOPP"),
    ("WASHINGTON (AP) — Myanmar's army attacked Rohingya villages. The military also shot dozens of Rohingya "
     "civilians.", "shot", "MMRMIL", "MMRCVL"),
]

EMBASSY = [
    ("BEIRUT (AP) — The militia fired rockets at the U.S. embassy in Baghdad.", "fired", "IRQREB", "USAGOV"),
    ("KABUL, Afghanistan (AP) — Gunmen attacked the French embassy in Kabul.", "attacked", "AFGUAF", "FRAGOV"),
    ("BAGHDAD (AP) — Protesters stormed the U.S. embassy in Baghdad.", "stormed", "IRQCVL", "USAGOV"),
]

DOERS = [
    ("TEHRAN, Iran (AP) — Iran condemned the air raids by U.S. forces.", "condemned", "IRN", "USAMIL"),
    ("WASHINGTON (AP) — Iran denied involvement and condemned the air raids by U.S. forces.",
     "condemned", "IRN", "USAMIL"),
    ("ANKARA, Turkey (AP) — Turkey condemned the attack by Kurdish militants.", "condemned", "TUR", "TURREB"),
    ("GENEVA (AP) — The United Nations denounced the killing of protesters by Sudanese security forces.",
     "denounced", "IGOUNO", "SDNCOP"),
    ("ISTANBUL (AP) — Rights groups condemned the arrests of journalists by Turkish police.",
     "condemned", "TURHRI", "TURCOP"),
    ("KABUL, Afghanistan (AP) — Afghan officials demanded an end to the airstrikes by NATO forces.",
     "demanded", "AFGGOV", "IGONAT"),
    ("MOSCOW (AP) — Russia criticized the shelling of Donetsk by Ukrainian troops.", "criticized", "RUS", "UKRMIL"),
    ("BEIJING (AP) — China protested the detention of its citizens by Indian authorities.",
     "protested", "CHN", "INDGOV"),
    ("CAIRO (AP) — Egypt condemned the raid by Israeli troops on a refugee camp.", "condemned", "EGY", "ISRMIL"),
    ("TEHRAN, Iran (AP) — Iran condemned the U.S. air raids as terrorism.", "condemned", "IRN", "USA"),
]

TITLED_NAMES = [
    ("WASHINGTON (AP) — Mr. Prince cooperated with the special counsel.", "cooperated", None, "USAJUD"),
    ("WASHINGTON (AP) — Mrs. King criticized the State Department.", "criticized", None, "USAGOV"),
    ("WASHINGTON (AP) — Erik Prince met Russian officials in the Seychelles.", "met", None, "RUSGOV"),
    ("WASHINGTON (AP) — Angus King criticized the Saudi government on Monday.", "criticized", "USALEG", "SAUGOV"),
    ("WASHINGTON (AP) — Peter King accused Iran of lying.", "accused", "USALEG", "IRN"),
    ("LONDON (AP) — Prince Charles met Trump at Buckingham Palace.", "met", "GBRELI", "USAGOV"),
    ("WASHINGTON (AP) — Saudi Crown Prince Mohammed bin Salman met Trump at the White House.",
     "met", "SAUGOV", "USAGOV"),
]

KEPT = [
    ("WASHINGTON (AP) — Igor Sorokin, a Russian senator, criticized the new U.S. sanctions on Monday.",
     "criticized", "RUSLEG", "USA"),
    ("MOSCOW (AP) — Vladimir Orlov, a Russian opposition leader, accused the Kremlin of rigging the vote.",
     "accused", "RUSOPP", "RUSGOV"),
    ("LONDON (AP) — Alexander Litov, a Russian dissident, accused Moscow of poisoning him.",
     "accused", "RUSOPP", "RUSGOV"),
    ("WASHINGTON (AP) — Jamal Hassan, a Saudi journalist, criticized the Saudi government.",
     "criticized", "SAUMED", "SAUGOV"),
    ("LONDON (AP) — Mark Fenwick, Britain's ambassador to Iran, met Iranian officials.", "met", "GBRGOV", "IRNGOV"),
    ("BEIRUT (AP) — Rami Halabi, who heads the Syrian Observatory for Human Rights, accused Russia of bombing a "
     "hospital.", "accused", "NGOSOH", "RUS"),
    ("WASHINGTON (AP) — Senator Jane Marlow criticized China on Monday. Marlow also accused Beijing of stealing "
     "secrets.", "accused", "USALEG", "CHNGOV"),
    ("WASHINGTON (AP) — Sen. Tom Carlton (R-Ark.) accused China of stealing secrets.", "accused", "USALEG", "CHN"),
    ("WASHINGTON (AP) — Trump's lawyer criticized the judge.", "criticized", "USAJUD", "USAJUD"),
    ("WASHINGTON (AP) — Dmitri Sokol, a spokesman for Putin, criticized the judge.", "criticized", "RUSGOV", "USAJUD"),
    ("MOSCOW (AP) — Putin's spokesman criticized the new U.S. sanctions.", "criticized", "RUSGOV", "USA"),
    ("SEOUL, South Korea (AP) — Kim Sung Ho, an aide to Moon, met the U.S. ambassador.", "met", "KORGOV", "USAGOV"),
    ("ISLAMABAD (AP) — Pakistani police arrested Omar Khan, a Taliban commander.", "arrested", "PAKCOP", "AFGREB"),
    ("WASHINGTON (AP) — The United States imposed sanctions on Iran's oil minister.", "imposed", "USA", "IRNGOV"),
    ("WASHINGTON (AP) — The U.S. announced sanctions against three Russian banks.", "announced", "USA", "RUSBUS"),
    ("BEIJING (AP) — Chinese officials held talks with North Korean diplomats.", "held", "CHNGOV", "PRKGOV"),
    ("WASHINGTON (AP) — Trump accused China of stealing American jobs.", "accused", "USAGOV", "CHN"),
    ("PARIS (AP) — Macron appealed to Iran to release the detainees.", "appealed", "FRAGOV", "IRN"),
    ("KABUL, Afghanistan (AP) — The president appealed to the Taliban to accept a ceasefire.",
     "appealed", "AFGGOV", "AFGREB"),
    ("WASHINGTON (AP) — Trump lashed out at Germany over its military spending.", "lashed", "USAGOV", "DEU"),
    ("WASHINGTON (AP) — Trump called on the Group of Seven to readmit Russia.", "called", "USAGOV", "IGOGSV"),
    ("NEW DELHI (AP) — Police fired tear gas at protesters in Delhi.", "fired", "INDCOP", "INDCVL"),
    ("KIEV, Ukraine (AP) — Separatist rebels shelled Ukrainian army positions near Donetsk.",
     "shelled", "UKRREB", "UKRMIL"),
]

CASES = STAFF + PREDICATE + DESCRIBED + EMBASSY + DOERS + TITLED_NAMES + KEPT


@pytest.mark.parametrize(("text", "trigger", "source", "target"), CASES)
def test_actor_roles_round13_codes(roles_at, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                   source: str | None, target: str | None) -> None:
    assert (source, target) in roles_at(text, trigger, D)
