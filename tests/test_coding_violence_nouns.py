"""Violence and coercion told by nouns: an offensive, a raid, air strikes, a crackdown or killings whose doer is
a light verb's subject ("staged an offensive", also where the lemmatizer slips), an armed body named before
the noun ("the army offensive", "a police raid"), the leader of a "-led" attack ("Saudi-led air strikes") or
a "by" phrase the parser hangs on the verb (an armed body whose country is only guessed from the story
must be of a country the sentence names); strikes launched by air are attacks, not labour strikes; aid
dropped from the air is an airdrop, not a rejection; offensives of charm or law are no violence."""

from __future__ import annotations

import pytest

from newsevents.records import Event


def _at(events: list[Event], trigger: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(code, type, source, target, place) of the counted events whose trigger starts with ``trigger``."""
    return [(e.cameo, e.plover.type if e.plover else None, e.source.code if e.source else None,
             e.target.code if e.target else None, e.location.name if e.location else None)
            for e in events if e.counted and e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # the subject of a light verb does the deed the noun names ("staged" is lemmatized "stag")
    ("The Ethiopian army staged an offensive against the rebels in Mekele on Sunday.", "offensive",
     ("190", "ASSAULT", "ETHMIL", "ETHREB", "Mekele")),
    ("Somali militants staged an assault on an army base near Mogadishu.", "assault",
     ("190", "ASSAULT", "SOMREB", None, "Mogadishu")),
    ("Pakistani troops conducted a raid on a militant hideout in Waziristan.", "raid",
     ("190", "ASSAULT", "PAKMIL", "PAKREB", "Waziristan")),
    ("The Sudanese military carried out a crackdown on protesters in Khartoum on Monday.", "crackdown",
     ("175", "ASSAULT", "SDNMIL", "SDNCVL", "Khartoum")),
    ("Nigerian troops stepped up their offensive against Boko Haram in Borno state.", "stepped",
     ("190", "ASSAULT", "NGAMIL", "NGAREB", "Borno")),
    ("Colombian rebels staged an ambush on an army patrol in Cauca.", "ambush",
     ("190", "ASSAULT", "COLREB", "COLMIL", "Cauca")),
    ("Malian soldiers staged a raid on a jihadist camp near Gao.", "staged",
     ("190", "ASSAULT", "MLIMIL", "MLIREB", "Gao")),
    ("Zimbabwean police staged a crackdown on vendors in Harare.", "crackdown",
     ("175", "ASSAULT", "ZWECOP", "ZWE", "Harare")),
    # the owner, or an armed body named before the noun
    ("The Yemeni army's offensive on the rebels in Marib killed dozens.", "offensive",
     ("190", "ASSAULT", "YEMMIL", "YEMREB", "Marib")),
    ("The Afghan army offensive against the Taliban in Helmand displaced thousands.", "offensive",
     ("190", "ASSAULT", "AFGMIL", "AFGREB", "Helmand")),
    ("The police raid on the opposition headquarters in Harare angered activists.", "raid",
     ("190", "ASSAULT", "ZWECOP", "ZWEOPP", "Zimbabwe")),
    ("Government air strikes on the rebels in Idlib killed ten fighters.", "strikes",
     ("195", "ASSAULT", "SYRGOV", "SYRREB", "Idlib")),
    ("A police crackdown on protesters in Yangon left dozens dead.", "crackdown",
     ("175", "ASSAULT", "MMRCOP", "MMRCVL", "Yangon")),
    ("Army raids on villages in Borno state killed several farmers.", "raids",
     ("190", "ASSAULT", "NGAMIL", None, "Borno")),
    ("Israeli police raids on Palestinian homes in Hebron angered residents.", "raids",
     ("190", "ASSAULT", "ISRCOP", "PSE", "Hebron")),
    ("The Sri Lankan army offensive against Tamil rebels in Jaffna began in January.", "offensive",
     ("190", "ASSAULT", "LKAMIL", "LKAREB", "Jaffna")),
    ("Chadian militia raids on villages near Abeche forced hundreds to flee.", "raids",
     ("190", "ASSAULT", "TCDREB", None, "Abeche")),
    ("The Libyan government offensive against militias in Tripoli stalled on Monday.", "offensive",
     ("190", "ASSAULT", "LBYGOV", "LBYREB", "Tripoli")),
    # the leader of a "-led" attack attacks
    ("A Russian-led offensive on the town of Palmyra began on Thursday.", "offensive",
     ("190", "ASSAULT", "RUS", None, "Palmyra")),
    ("Heavy US-led airstrikes hit Islamic State positions near Raqqa on Monday.", "airstrikes",
     ("195", "ASSAULT", "USA", "IMGISI", "Raqqa")),
    ("On Sunday, Saudi-led air strikes on Sanaa killed twelve civilians.", "strikes",
     ("195", "ASSAULT", "SAU", "YEM", "Yemen")),
    ("A US-led assault on the town of Fallujah began on Monday.", "assault",
     ("190", "ASSAULT", "USA", "IRQ", "Fallujah")),
    # a "by" phrase the parser hangs on the verb names the doer of the deed noun
    ("Rights groups documented killings of civilians by soldiers in Mali.", "killings",
     ("190", "ASSAULT", "MLIMIL", "MLICVL", "Mali")),
    ("Witnesses described killings of villagers by militiamen in Ituri.", "killings",
     ("190", "ASSAULT", "CODREB", "CODCVL", "Ituri")),
    ("Nigerian soldiers carried out killings of villagers in Zamfara state.", "killings",
     ("190", "ASSAULT", "NGAMIL", "NGACVL", "Zamfara")),
    ("Burmese soldiers perpetrated killings of Rohingya villagers in Rakhine.", "perpetrated",
     ("190", "ASSAULT", "MMRMIL", "MMRCVL", "Rakhine")),
    # strikes launched by air or missile are attacks wherever they fall
    ("India launched air strikes in Pakistan on Tuesday.", "launched",
     ("195", "ASSAULT", "IND", "PAK", "Pakistan")),
    ("Israel conducted air strikes on Hamas targets in Gaza overnight.", "conducted",
     ("195", "ASSAULT", "ISR", "PSE", "Gaza")),
    ("Saudi warplanes carried out air strikes on Houthi positions in Sanaa.", "carried",
     ("195", "ASSAULT", "SAUMIL", "YEMREB", "Sanaa")),
    ("The United States began drone strikes against the militants in Somalia.", "began",
     ("195", "ASSAULT", "USA", "SOMREB", "Somalia")),
    ("Turkey launched retaliatory strikes on Kurdish positions in northern Iraq.", "launched",
     ("195", "ASSAULT", "TUR", "IRQ", "Iraq")),
    ("Russian jets carried out missile strikes on the port of Odessa.", "carried",
     ("195", "ASSAULT", "RUSMIL", "UKR", "Odessa")),
    ("Ukrainian forces launched drone strikes against Russian positions in Crimea.", "launched",
     ("195", "ASSAULT", "UKRMIL", "RUS", "Crimea")),
    ("Israel launched strikes against Hamas positions in Gaza on Tuesday.", "launched",
     ("195", "ASSAULT", "ISR", "PSEREB", "Gaza")),
    # mass violence committed
    ("Burmese soldiers committed atrocities against Rohingya villagers in Rakhine.", "committed",
     ("200", "ASSAULT", "MMRMIL", "MMRCVL", "Rakhine")),
    ("Serb forces committed massacres against Bosnian civilians in Srebrenica.", "committed",
     ("202", "ASSAULT", "SRBMIL", "BIHCVL", "Srebrenica")),
    # crowd control with its weapon named
    ("Chilean police fired rubber bullets at protesters in Santiago.", "fired",
     ("175", "ASSAULT", "CHLCOP", "CHLCVL", "Santiago")),
    ("Kenyan police fired tear gas at demonstrators in Nairobi on Friday.", "fired",
     ("175", "ASSAULT", "KENCOP", "KENCVL", "Nairobi")),
    ("Turkish riot police used water cannon on protesters in Istanbul.", "used",
     ("175", "ASSAULT", "TURCOP", "TURCVL", "Istanbul")),
    ("Iraqi security forces opened fire on protesters in Baghdad on Friday.", "opened",
     ("190", "ASSAULT", "IRQCOP", "IRQCVL", "Baghdad")),
    ("Egyptian police fired tear gas at students in Cairo on Sunday.", "fired",
     ("175", "ASSAULT", "EGYCOP", "EGYEDU", "Cairo")),
    ("Iranian security forces opened fire on demonstrators in Mahshahr.", "opened",
     ("190", "ASSAULT", "IRNCOP", "IRNCVL", "Mahshahr")),
    # aid dropped from the air is an airdrop; bombs dropped are an air raid
    ("Iraqi helicopters dropped weapons to Kurdish fighters near Kirkuk.", "dropped",
     ("072", "AID", "IRQMIL", "IRQREB", "Kirkuk")),
    ("The Syrian air force dropped humanitarian aid over the besieged town of Deir ez-Zor.", "dropped",
     ("073", "AID", "SYRMIL", "SYR", "Deir ez-Zor")),
    ("Indian air force planes dropped supplies to flood victims in Kerala.", "dropped",
     ("073", "AID", "INDMIL", "INDCVL", "Kerala")),
    ("Jordanian aircraft dropped food and water to stranded villagers in Syria.", "dropped",
     ("073", "AID", "JORMIL", "SYRCVL", "Syria")),
    ("Jordanian jets airdropped food to besieged villagers in southern Syria.", "airdropped",
     ("073", "AID", "JORMIL", "SYRCVL", "Syria")),
    ("Syrian army helicopters dropped barrel bombs on rebel-held areas of Aleppo.", "dropped",
     ("195", "ASSAULT", "SYRMIL", "SYRREB", "Aleppo")),
])
def test_violence_named_by_a_noun_is_coded(code, sentence: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: tuple[str, str, str | None, str | None, str | None]) -> None:
    assert _at(code(sentence), trigger) == [expected]


@pytest.mark.parametrize("sentence", [
    # offensives and assaults of words, charm or law
    "The French president launched a charm offensive in Washington.",
    "The Palestinian government launched a diplomatic offensive against Israel at the United Nations.",
    "The Indian government launched a media offensive against Pakistan.",
    "The Kenyan government stepped up its charm offensive toward investors.",
    "The Iraqi army intensified its propaganda offensive against the militants.",
    "The Ethiopian army launched a charm offensive in the capital.",
    "Brazilian prosecutors mounted a legal assault on the mining company.",
    # a crackdown on a practice represses nobody
    "The Greek government announced a crackdown on tax evasion in Athens.",
    "Chinese police announced a crackdown on drug smuggling in Yunnan.",
    # "military" says what kind of raid or clash, not whose; a noun that only names a kind of thing
    "When they have faced military raids, the militants have executed hostages.",
    "A string of moves has sent fears of a military clash soaring in Washington.",
    "Ukrainian soldiers held a training session at the military shooting range near Kiev.",
    # state forces before a bombing or an attack are often its victims; raids only allowed are none made
    "The police bombing on Tuesday was the deadliest attack in Egypt since July.",
    "France has extended a state of emergency which allows police raids without a judge's permission.",
    # a labour strike is no air strike
    "French dockworkers launched a strike at the port of Marseille.",
    "Nigerian unions launched a strike against the fuel price rise.",
])
def test_no_violence_where_the_noun_is_a_figure_or_a_kind(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(sentence) if e.counted and e.plover and e.plover.type == "ASSAULT"]


@pytest.mark.parametrize(("sentence", "status"), [
    # offensives warned of, supposed or denied are not told as done
    ("If the Syrian army launches an offensive on Idlib, thousands will flee.", "hypothetical"),
    ("Analysts warned that a Syrian offensive on Idlib could cause a disaster.", "hypothetical"),
    ("The Turkish government denied that its army had launched an offensive on the town.", "negated"),
])
def test_an_offensive_only_feared_or_denied_is_not_asserted(code, sentence: str,  # type: ignore[no-untyped-def]
                                                            status: str) -> None:
    assert {e.status for e in code(sentence) if e.plover and e.plover.type == "ASSAULT"} == {status}


def test_a_labour_strike_launched_stays_a_protest(code) -> None:  # type: ignore[no-untyped-def]
    assert _at(code("French dockworkers launched a strike at the port of Marseille."), "launched") == [
        ("143", "PROTEST", "FRALAB", None, "Marseille")]
