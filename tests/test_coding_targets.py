"""Targets named in complements and among joint subjects: the exact source and target codes.

Sentences of our own. Each group is one class of wording:
- "called for X to do Y": X is asked, not the party Y acts on;
- a pattern's own last preposition ("stood by", "called upon") names the target;
- joint subjects of a one-sided act ("A and B backed the plan") are not each other's targets,
  while those of a mutual act ("A and B met") are;
- what talks are about ("discussed North Korea's missile tests") is no party to them; a place in the
  visitor's own country hosts no visit;
- a participle with a "by" party that describes a noun is a passive ("forces, backed by Russia");
- a reaction to a deed told earlier ("Seoul condemned the launch") is aimed at whoever did it, never
  at the reacting side itself;
- a bare role word whose country is only guessed, the reacting state's own, is no target;
- where goods come from ("tariffs on goods imported from X") and who holds a place ("rebel-held
  districts") are the target; so is the subject of a refusal's condition ("unless X withdraws"), and
  the object set after a fronted "as" phrase ("condemned as a mistake X's decision");
- an affair named after a country ("the Russia investigation") is a topic, no party, except to whoever
  investigates it.
"""

from __future__ import annotations

from datetime import date

import pytest

D = date(2019, 6, 1)

# (text, source, target): the pair must be among the asserted events
ASKED = [
    ("The opposition leader called for the army to arrest Maduro.", "VENOPP", "VENMIL"),
    ("Egyptian protesters called for Mubarak to step down.", "EGYCVL", "EGYELI"),
    ("Merkel called for Iran to release the British tanker.", "DEUGOV", "IRN"),
    ("The United Nations appealed for Israel to lift the blockade of Gaza.", "IGOUNO", "ISR"),
    ("Seoul pressed for Tokyo to withdraw the export curbs.", "KORGOV", "JPNGOV"),
]

DESCRIBED = [
    ("Syrian army troops, backed by Russia, retook the city.", "RUS", "SYRMIL"),
    ("Houthi rebels, supported by Iran, took the port.", "IRN", "YEMREB"),
    ("Four Americans detained by Tehran were freed on Sunday.", "IRNGOV", "USA"),
    ("Two journalists, arrested by Egyptian police in May, went on trial.", "EGYCOP", "EGYMED"),
]

PATTERN_PREPOSITION = [
    ("Russia stood by Assad throughout the war.", "RUS", "SYRGOV"),
    ("The armed forces of Venezuela have stood by Maduro.", "VENMIL", "VENGOV"),
    ("China has stood by North Korea despite the sanctions.", "CHN", "PRK"),
]


@pytest.mark.parametrize(("text", "source", "target"), ASKED + PATTERN_PREPOSITION + DESCRIBED)
def test_coding_targets_exact_source_and_target(code, text: str, source: str, target: str) -> None:
    pairs = [(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in code(text, D) if e.status == "asserted"]
    assert (source, target) in pairs


@pytest.mark.parametrize(("text", "wrong"), [
    ("The opposition leader called for the army to arrest Maduro.", "VENGOV"),
    ("Merkel called for Iran to release the British tanker.", "GBR"),
])
def test_coding_targets_what_the_asked_party_does_is_not_the_target(code, text: str, wrong: str) -> None:
    assert all(e.target is None or e.target.code != wrong for e in code(text, D))


@pytest.mark.parametrize(("text", "subjects"), [
    ("Canada and Britain have backed the peace plan.", {"CAN", "GBR"}),
    ("Seven Latin American nations, as well as Canada and Britain, have endorsed the proposal.",
     {"LAM", "CAN", "GBR"}),
    ("France and Germany praised the agreement.", {"FRA", "DEU"}),
    ("Japan and South Korea apologized for the delay.", {"JPN", "KOR"}),
])
def test_coding_targets_joint_subjects_of_a_one_sided_act_are_no_targets(code, text: str, subjects: set[str]) -> None:
    events = [e for e in code(text, D) if e.source]
    assert {e.source.code for e in events} == subjects
    assert all(e.target is None or e.target.code not in subjects for e in events)


@pytest.mark.parametrize(("text", "pair"), [
    ("France and Germany met in Brussels.", ("FRA", "DEU")),
    ("Egypt and Sudan restored diplomatic ties on Monday.", ("SDN", "EGY")),
])
def test_coding_targets_joint_subjects_of_a_mutual_act_are_each_others(code, text: str, pair: tuple[str, str]) -> None:
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(text, D)}
    assert pair in pairs and pair[::-1] in pairs


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Pompeo discussed Iran's nuclear program with Lavrov.", "USAGOV", "RUSGOV"),
    ("Abe met Trump to discuss North Korea's missile tests.", "JPNGOV", "USAGOV"),
    ("Merkel and Macron discussed Russia's role in Syria.", "DEUGOV", "FRAGOV"),
])
def test_coding_targets_talks_are_with_a_party_not_about_one(code, text: str, source: str, target: str) -> None:
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(text, D)}
    assert (source, target) in pairs
    assert not {t for _, t in pairs} & {"IRN", "PRK", "PRKMIL", "RUS"}


@pytest.mark.parametrize(("text", "home"), [
    ("Modi visited Delhi on Monday.", "IND"),
    ("Trump visited Texas on Monday.", "USA"),
    ("Putin traveled to Siberia last week.", "RUS"),
])
def test_coding_targets_a_home_place_hosts_no_visit(code, text: str, home: str) -> None:
    assert all(e.target is None or e.target.code[:3] != home for e in code(text, D))


def test_coding_targets_a_visit_abroad_keeps_its_host(code) -> None:
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in code("Modi visited Tokyo on Monday.", D)}
    assert ("INDGOV", "JPNGOV") in pairs



# (text, source, target): a reaction to a deed told in an earlier sentence is aimed at its doer
EARLIER_DEED = [
    ("Pyongyang fired a missile on Monday. Seoul condemned the launch.", "KORGOV", "PRKGOV"),
    ("North Korea fired two missiles into the sea on Monday. The missiles flew 400 km, officials said. "
     "Japan lodged a protest against the test.", "JPN", "PRK"),
    ("The United States imposed tariffs on steel last month. Canada condemned the tariffs.", "CAN", "USA"),
    ("Israeli jets struck targets in Gaza overnight. Egypt denounced the attacks.", "EGY", "ISRMIL"),
    ("Iran asked the IAEA to send more inspectors. The agency rejected the request.", "IGOIAE", "IRN"),
    ("Russia annexed Crimea in 2014. Germany criticized the annexation.", "DEU", "RUS"),
    ("Washington has accused Beijing of hacking. China denied the accusations.", "CHN", "USAGOV"),
]

ORIGIN_AND_HOLDER = [
    ("Beijing introduced new tariffs on goods imported from the United States.", "CHNGOV", "USA"),
    ("Washington imposed duties on steel coming from Turkey.", "USAGOV", "TUR"),
    ("Government forces shelled rebel-held districts of Aleppo.", "SYRMIL", "SYRREB"),
    ("Syrian troops bombarded opposition-controlled towns near Idlib.", "SYRMIL", "SYROPP"),
]

CONDITION_AND_AS = [
    ("Rebels have rejected any talks unless Ukrainian forces halt their offensive.", "UKRREB", "UKRMIL"),
    ("The Kremlin rejected the offer unless Kyiv withdraws its troops.", "RUSGOV", "UKRGOV"),
    ("France condemned as a grave mistake Russia's decision to expel the diplomats.", "FRA", "RUS"),
]


@pytest.mark.parametrize(("text", "source", "target"), EARLIER_DEED + ORIGIN_AND_HOLDER + CONDITION_AND_AS)
def test_coding_targets_named_elsewhere_exact_codes(code, text: str, source: str, target: str) -> None:
    pairs = [(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in code(text, D) if e.status == "asserted"]
    assert (source, target) in pairs


@pytest.mark.parametrize(("text", "reactor", "wrong"), [
    ("Israeli jets struck targets in Gaza overnight. Israel rejected criticism of the strikes.", "ISR", "ISR"),
    ("The Senate voted on the sanctions bill. Russia condemned the sanctions.", "RUS", "RUS"),
    ("China condemned the military drills near its coast.", "CHN", "CHN"),
    ("Russia denounced the army's shelling of civilians.", "RUS", "RUS"),
    ("Japan lodged a protest against the missile launch.", "JPN", "JPN"),
])
def test_coding_targets_the_reacting_side_is_not_its_own_target(code, text: str, reactor: str, wrong: str) -> None:
    events = [e for e in code(text, D) if e.source and e.source.code == reactor]
    assert events
    assert all(e.target is None or not e.target.code.startswith(wrong) for e in events)


@pytest.mark.parametrize(("text", "wrong"), [
    ("The senator criticized the Russia probe.", "RUS"),
    ("Trump said he wanted the Russia investigation brought to an end.", "RUS"),
    ("The lawmakers condemned the Ukraine inquiry as a sham.", "UKR"),
])
def test_coding_targets_an_affair_named_after_a_country_is_no_party(code, text: str, wrong: str) -> None:
    assert all(e.target is None or e.target.code != wrong for e in code(text, D))


@pytest.mark.parametrize(("text", "source", "own"), [
    ("Trump pulled the United States out of the Paris climate accord.", "USAGOV", "USA"),
    ("Kim Jong Un agreed to give up his country's nuclear weapons.", "PRKGOV", "PRK"),
    ("The Kremlin vowed to shield Russia from the new sanctions.", "RUSGOV", "RUS"),
    ("Prime Minister Theresa May promised to take Britain out of the European Union.", "GBRGOV", "GBR"),
    ("The Chinese government pledged to protect China from foreign interference.", "CHNGOV", "CHN"),
])
def test_coding_targets_a_state_acting_for_its_whole_country_is_not_its_target(code, text: str, source: str,
                                                                              own: str) -> None:
    # the country a government moves or speaks for is no party it acts on
    events = [e for e in code(text, D) if e.source and e.source.code == source]
    assert events
    assert all(e.target is None or e.target.code != own for e in events)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Putin praised Russia's armed forces.", "RUSGOV", "RUSMIL"),
    ("Maduro accused the United States of plotting a coup.", "VENGOV", "USA"),
    ("Pompeo warned that the United States would respond against Iran.", "USAGOV", "IRN"),
])
def test_coding_targets_another_state_or_an_own_body_is_still_a_target(code, text: str, source: str,
                                                                      target: str) -> None:
    pairs = [(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(text, D)]
    assert (source, target) in pairs


@pytest.mark.parametrize("text", [
    "President Trump and his wife, Melania, landed in Ireland on Monday before travelling by car to his golf resort.",
    "President Obama and his wife, Michelle, arrived in Kenya on Friday before travelling to their hotel.",
])
def test_coding_targets_fellow_travellers_do_not_visit_each_other(code, text: str) -> None:
    # joint subjects of a journey travel together: neither is the other's host
    events = [e for e in code(text, D) if e.cameo[:3] == "042"]
    assert events
    assert all(e.target is None or e.target.country != "USA" for e in events)


@pytest.mark.parametrize(("text", "source", "side"), [
    ("Turkey, on behalf of the Organisation of Islamic Cooperation, called for an emergency session.", "TUR",
     "IGOOIC"),
    ("Kuwait, speaking on behalf of the Arab League, condemned the raid.", "KWT", "IGOARL"),
    ("Norway negotiated on behalf of the Palestinians with Israel.", "NOR", "PSE"),
])
def test_coding_targets_whom_the_doer_acts_for_is_not_its_target(code, text: str, source: str, side: str) -> None:
    # "on behalf of X", "in the name of X": X is the doer's own side
    events = [e for e in code(text, D) if e.source and e.source.code == source]
    assert events
    assert all(e.target is None or e.target.code != side for e in events)


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("A suicide bomber blew himself up on a bus in Volgograd, killing 14 Russian civilians.", "blew himself up",
     "RUSUAF", "RUSCVL"),
    ("The Russians and the French started fighting back, launching airstrikes against the Islamic State.",
     "fighting", "RUS", "IMGISI"),
])
def test_coding_targets_a_deed_befalls_whom_its_participle_acts_on(code, text: str, trigger: str, source: str,
                                                                   target: str) -> None:
    # "raided the hotel, killing three militants": the raid befell the militants
    pairs = [(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in code(text, D) if e.trigger.text == trigger]
    assert (source, target) in pairs
