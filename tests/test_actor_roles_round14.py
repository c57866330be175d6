"""Round 14 role rules (issue 11): the exact source and target codes of one trigger, on sentences of our own.

- DATELINE: a dateline is where the story was filed; a bare role takes the dateline's state only when the story
  names that state as much as any other (or names none), police, courts and attackers whenever it names it;
- BODIES: "the troops", "soldiers", "officials", "the government" named bare are the armed force or government
  the story named before with its state; not a phrase whose own words say whose side it is;
- EPITHETS: "the Jewish state", "the Islamic republic", "the hermit kingdom" are one state (epithets.csv); "the
  kingdom" is the nearest monarchy named before, not the nearest state;
- PRONOUNS: a "he" or "his government" opening a sentence after "X said Y had ..." is the speaker X, the subject
  of the sentence's own clause, not Y of the clause said;
- UNTITLED: a person the dictionary lacks takes role and country from the description beside the name (kept);
- ATTACKED: a bare role attacked by a state the story names is of the dateline's state when the sentence names no
  other;
- PATRONS: an armed group a patron backs ("Iranian-backed militias") fights where the sentence is set or is the
  armed group named before; a state's forces led by a patron ("Saudi-led forces") stay the patron's.
"""

from __future__ import annotations

from datetime import date

import pytest

D = date(2019, 6, 1)

DATELINE = [
    ("WASHINGTON (AP) — Fighting flared in Yemen on Monday. The army shelled rebel positions near the port.",
     "shelled", "YEMMIL", "YEMREB"),
    ("WASHINGTON (AP) — Chad's army clashed with rebels on Monday. The army later shelled positions near the lake.",
     "shelled", "TCDMIL", None),
    ("BRUSSELS (AP) — Belgian prosecutors charged two men. Police later arrested a third suspect.",
     "arrested", "BELCOP", "BELCRM"),
    ("BRUSSELS (AP) — Belgian prosecutors charged two men. Police later arrested a third suspect.",
     "charged", "BELJUD", "BELCVL"),
    ("BAGHDAD (AP) — Officials said a bomb killed five people on Monday.", "killed", None, "IRQCVL"),
    ("WASHINGTON (AP) — President Donald Trump criticized China on Monday. Officials accused Beijing of stealing "
     "technology.", "accused", "USAGOV", "CHNGOV"),
    ("PARIS (AP) — France and Germany met on Monday. Belgian police arrested two men in Brussels.",
     "arrested", "BELCOP", "FRACVL"),
    ("ROME (AP) — Greece's coast guard rescued 40 migrants. The coast guard also arrested two smugglers.",
     "arrested", "GRCMIL", "GRCCRM"),
]

BODIES = [
    ("WASHINGTON (AP) — Venezuela's government expelled two diplomats. Officials accused Colombia of plotting a "
     "coup.", "accused", "VENGOV", "COL"),
    ("NEW YORK (AP) — Peru's government declared an emergency on Sunday. Officials also accused Bolivia of "
     "smuggling.", "accused", "PERGOV", "BOL"),
    ("WASHINGTON (AP) — Ethiopia's government declared a state of emergency. The government also accused Egypt of "
     "meddling.", "accused", "ETHGOV", "EGY"),
    ("WASHINGTON (AP) — Sudan's army seized the radio station. Soldiers later detained the prime minister.",
     "detained", "SDNMIL", "SDNGOV"),
    ("LONDON (Reuters) - Pakistan's army attacked militant hideouts on Monday. The troops also killed five fighters.",
     "killed", "PAKMIL", "PAKREB"),
    ("WASHINGTON (AP) — Myanmar's army attacked villages on Monday. The troops also burned homes.",
     "burned", "MMRMIL", None),
    ("WASHINGTON (AP) — Myanmar's army attacked villages on Monday. Soldiers also burned homes.",
     "burned", "MMRMIL", None),
    ("WASHINGTON (AP) — Israeli troops raided a village on Monday. The soldiers arrested two men.",
     "arrested", "ISRMIL", "ISRCVL"),
    ("WASHINGTON (AP) — Nigeria's army attacked a rebel camp. The forces also freed twelve hostages.",
     "freed", "NGAMIL", None),
    ("WASHINGTON (AP) — The Syrian army attacked a town in Idlib. The army also shelled a hospital.",
     "shelled", "SYRMIL", "SYRHLH"),
]

EPITHETS = [
    ("WASHINGTON (AP) — Iran launched a satellite. The Islamic republic also threatened Israel.",
     "threatened", "IRN", "ISR"),
    ("TEHRAN (AP) — The Islamic Republic accused Britain of piracy.", "accused", "IRN", "GBR"),
    ("BEIRUT (AP) — Israel struck targets in Syria. The Jewish state also warned Hezbollah.",
     "warned", "ISRGOV", "LBNREB"),
    ("SEOUL (AP) — North Korea fired a missile. The hermit kingdom also threatened Japan.",
     "threatened", "PRK", "JPN"),
    ("WASHINGTON (AP) — Iran's president criticized the United States. He accused the Zionist regime of lying.",
     "accused", "IRNGOV", "ISRGOV"),
    ("WASHINGTON (AP) — China criticized Japan on Monday. The Middle Kingdom also warned Taiwan.",
     "warned", "CHN", "TWN"),
    ("WASHINGTON (AP) — Saudi Arabia hosted talks with Yemen on Monday. The kingdom also criticized Iran.",
     "criticized", "SAU", "IRN"),
    ("AMMAN (AP) — Jordan hosted envoys from Syria on Monday. The kingdom also criticized Israel.",
     "criticized", "JOR", "ISR"),
    ("WASHINGTON (AP) — The Kremlin condemned the new sanctions.", "condemned", "RUSGOV", None),
]

PATRONS = [
    ("BAGHDAD (AP) — Iranian-backed militias attacked a U.S. base in Iraq.", "attacked", "IRQREB", "USA"),
    ("WASHINGTON (AP) — Iranian-backed militias fired rockets at an air base in Iraq.", "fired", "IRQREB", "IRQ"),
    ("WASHINGTON (AP) — Turkish-backed rebels attacked Kurdish fighters in Syria.", "attacked", "SYRREB", "SYRREB"),
    ("BEIRUT (AP) — Houthi rebels seized a ship in Yemen. Iranian-backed fighters also attacked a Saudi border post.",
     "attacked", "YEMREB", "SAU"),
    # nothing but the patron says where they are: the patron's, as before
    ("WASHINGTON (AP) — Iranian-backed militias attacked a convoy.", "attacked", "IRNREB", None),
    # a state's forces led by a patron stay the patron's
    ("WASHINGTON (AP) — Saudi-led forces bombed rebel positions in Yemen.", "bombed", "SAUMIL", "YEMREB"),
]

PRONOUNS = [
    ("WASHINGTON (AP) — Secretary of State Mike Pompeo met Iran's foreign minister on Monday. \"We reject the "
     "sanctions,\" Mohammad Javad Zarif told reporters, adding that Pompeo had lied. He accused the United States "
     "of piracy.", "accused", "IRNGOV", "USA"),
    ("LONDON (AP) — Prime Minister Theresa May met Irish leader Leo Varadkar. Varadkar said May had promised "
     "nothing. His government also criticized Britain.", "criticized", "IRLGOV", "GBR"),
    ("MOSCOW (AP) — Vladimir Putin met Recep Tayyip Erdogan on Monday. Erdogan said Putin had agreed to a truce. "
     "He also criticized the United States.", "criticized", "TURGOV", "USA"),
    ("PARIS (AP) — Emmanuel Macron met Angela Merkel in Paris. Merkel told reporters that Macron had promised "
     "reforms. Her government later criticized Italy.", "criticized", "DEUGOV", "ITA"),
    # kept: the speaker after a quotation, and the subject of the sentence before
    ("WASHINGTON (AP) — President Donald Trump met Chancellor Angela Merkel on Monday. \"We will not accept these "
     "tariffs,\" said French President Emmanuel Macron. He also criticized China.", "criticized", "FRAGOV", "CHN"),
    ("WASHINGTON (AP) — Donald Trump spoke with Shinzo Abe on Monday. He criticized China.",
     "criticized", "USAGOV", "CHN"),
]

ATTACKED = [
    ("ISLAMABAD (AP) — Three villagers were wounded when Indian troops fired across the border.",
     "wounded", "INDMIL", "PAKCVL"),
    ("KABUL, Afghanistan (AP) — Two farmers were killed when Pakistani troops shelled a village.",
     "killed", "PAKMIL", "AFGAGR"),
]

MORE = [
    ("NAIROBI, Kenya (AP) — Police arrested five men on Monday.", "arrested", "KENCOP", "KENCVL"),
    ("HANOI (AP) — Police detained two activists on Monday.", "detained", "VNMCOP", "VNMOPP"),
    ("LONDON (AP) — Iran's foreign minister criticized France on Monday. Officials in London declined to comment.",
     "declined", "GBRGOV", None),
    ("WASHINGTON (AP) — Colombia's army attacked a rebel camp. The troops also seized weapons.",
     "seized", "COLMIL", None),
    ("WASHINGTON (AP) — Ukraine's army shelled rebel positions on Monday. The forces also captured a village.",
     "captured", "UKRMIL", None),
    ("WASHINGTON (AP) — Pakistan's army attacked a militant camp. The military also killed a commander.",
     "killed", "PAKMIL", "PAKMIL"),
    ("WASHINGTON (AP) — Egypt's government arrested two journalists. Authorities also accused Qatar of meddling.",
     "accused", "EGYGOV", "QAT"),
    ("WASHINGTON (AP) — Turkey's government detained ten officers. Officials also accused Greece of harboring "
     "plotters.", "accused", "TURGOV", "GRC"),
    ("WASHINGTON (AP) — Kenya's government criticized Somalia on Monday. The government also expelled a diplomat.",
     "expelled", "KENGOV", None),
    ("DUBAI (AP) — Iran seized a British tanker. The Islamic republic accused Britain of piracy.",
     "accused", "IRN", "GBR"),
    ("WASHINGTON (AP) — Morocco recalled its envoy to Algeria. The kingdom also accused Algeria of backing rebels.",
     "accused", "MAR", "DZA"),
    ("WASHINGTON (AP) — Iranian-backed militias attacked a U.S. convoy in Syria.", "attacked", "SYRREB", "USA"),
    ("WASHINGTON (AP) — Russian-backed rebels shelled a town in Ukraine.", "shelled", "UKRREB", "UKR"),
]

UNTITLED = [
    ("GAZA CITY (AP) — Ahmed Karimi, a Hamas official, condemned Israel on Monday.", "condemned", "PSEREB", "ISR"),
    ("WASHINGTON (AP) — \"We condemn this attack,\" said Sara Levin, an Israeli army spokeswoman.",
     "condemn", "ISRMIL", None),
    ("KABUL (AP) — Ahmad Zia, a Taliban commander, threatened the government on Monday.",
     "threatened", "AFGREB", "AFGGOV"),
    ("WASHINGTON (AP) — Mark Tollen, a spokesman for the State Department, criticized Russia on Monday.",
     "criticized", "USAGOV", "RUS"),
    ("WASHINGTON (AP) — Iran criticized the sanctions. \"We reject them,\" said Ahmed Karimi, a spokesman for the "
     "Iranian foreign ministry.", "reject", "IRNGOV", "IRN"),
    ("CAIRO (AP) — Omar Nabil, a spokesman for the Egyptian foreign ministry, criticized Ethiopia.",
     "criticized", "EGYGOV", "ETH"),
    ("WASHINGTON (AP) — Nadia Haddad, a Lebanese army officer, accused Israel of violating the border.",
     "accused", "LBNMIL", "ISR"),
]

CASES = DATELINE + BODIES + EPITHETS + PATRONS + PRONOUNS + ATTACKED + MORE + UNTITLED


@pytest.mark.parametrize(("text", "trigger", "source", "target"), CASES)
def test_actor_roles_round14_codes(roles_at, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                   source: str | None, target: str | None) -> None:
    assert (source, target) in roles_at(text, trigger, D)
