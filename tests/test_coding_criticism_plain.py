"""Plain criticism (PLOVER ACCUSE: "criticize, condemn, denounce, blame"): a deed, a text or a measure
criticised stands for its owner; a named critic that no dictionary lists still criticises; political camps
speak as groups; a quoted question or a quoted name after the trigger is the critic's words, not a question
about the criticism. And the wordings that criticise no one: other senses of "blast", "question" and "push
back", habits, passives without a critic, questions and conditions. Our own sentences."""

from __future__ import annotations

import pytest


def _accusations(events) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover and e.plover.type == "ACCUSE"}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a text, a decision or a measure blasted, faulted, bashed or questioned: its owner is the target
    ("The Iranian foreign ministry blasted the American sanctions as economic terrorism.", "IRNGOV", "USA"),
    ("The Russian embassy blasted the British report as baseless.", "RUSGOV", "GBR"),
    ("The Russian foreign minister blasted the NATO decision to expand eastward.", "RUSGOV", "IGONAT"),
    ("The Indian foreign ministry blasted the Pakistani statement on Kashmir.", "INDGOV", "PAK"),
    ("The German chancellor faulted the American decision to quit the climate accord.", "DEUGOV", "USA"),
    ("The Turkish president faulted the European Union's response to the refugee crisis.", "TURGOV", "IGOEEC"),
    ("The Indian foreign ministry faulted the Chinese handling of the border dispute.", "INDGOV", "CHN"),
    ("The Mexican president bashed the American tariffs on steel.", "MEXGOV", "USA"),
    ("The Egyptian president bashed the Ethiopian position on the dam.", "EGYGOV", "ETH"),
    ("The French interior minister questioned the British handling of the migrant crisis.", "FRAGOV", "GBR"),
    ("The German foreign minister questioned the American move to withdraw troops.", "DEUGOV", "USA"),
    ("The Chinese foreign ministry questioned the wisdom of the Japanese plan.", "CHNGOV", "JPN"),
    # pushing back against a measure or a policy (against a claim it is a rejection: verbal.txt)
    ("The European Commission pushed back against the American sanctions on Iran.", "IGOEECCOM", "USA"),
    ("The Australian government pushed back against the Chinese ban on its coal.", "AUSGOV", "CHN"),
    ("The Japanese government pushed back against the American tariffs on imported cars.", "JPNGOV", "USA"),
    ("The Chinese commerce ministry pushed back on the American export ban.", "CHNGOV", "USA"),
    ("Canadian farmers pushed back on the government's new export ban.", "CANAGR", "CANGOV"),
])
def test_criticism_of_a_deed_names_its_owner(code, sentence: str, source: str, target: str) -> None:
    assert (source, target) in _accusations(code(sentence))


def test_criticism_of_a_deed_without_an_owner_keeps_its_critic(code) -> None:
    assert _accusations(code("The Philippine president blasted the ruling by the arbitration tribunal.")) == {
        ("PHLGOV", None)}


@pytest.mark.parametrize("sentence", [
    "The advocacy group Transparency Now denounced the verdict.",
    "The rights group Citizens Watch slammed the new media law.",
    "Executive director Jonas Abernathy condemned the decision on Tuesday.",
    "Campaign director Helena Varga criticized the ruling as a disgrace.",
])
def test_a_named_critic_no_dictionary_lists_still_criticises(code, sentence: str) -> None:
    assert _accusations(code(sentence)) == {(None, None)}


@pytest.mark.parametrize(("sentence", "target"), [
    ("Several conservatives accused the American administration of misleading voters.", "USAGOV"),
    ("Liberals accused the Canadian government of breaking its promises.", "CANGOV"),
    ("Nationalists denounced the Serbian government over the agreement with Kosovo.", "SRBGOV"),
])
def test_political_camps_criticise_as_groups(code, sentence: str, target: str) -> None:
    assert (None, target) in _accusations(code(sentence))


@pytest.mark.parametrize("sentence", [
    "Hardliners condemned the nuclear deal with the West.",
    "Islamists blamed the army for the killings.",
])
def test_political_camps_criticise_a_deed(code, sentence: str) -> None:
    assert _accusations(code(sentence)) == {(None, None)}


def test_political_camps_do_no_other_deed_unnamed(code) -> None:
    assert not [e for e in code("The nationalists could not agree on a candidate.") if e.counted]


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a question quoted after the trigger is the critic's words, not a question about the criticism
    ('The Irish prime minister ridiculed the British plan: "Who would ever agree to that?"', "IRLGOV", "GBR"),
    ('The Greek finance minister slammed the German demands: "Is this how Europe treats its members?"',
     "GRCGOV", "DEU"),
    ('The Mexican foreign minister criticized the American wall, asking: "Who will pay for it?"', "MEXGOV", "USA"),
    # a quoted name given after a long object: the parser hangs it on the nearest noun
    ('The Venezuelan foreign minister called the nomination of the American candidate to the board '
     '"illegitimate and absurd."', "VENGOV", "USA"),
    ('The Iranian foreign minister called the decision of the American president on the deal "outrageous."',
     "IRNGOV", "USAGOV"),
])
def test_quoted_words_after_the_criticism(code, sentence: str, source: str, target: str) -> None:
    assert (source, target) in _accusations(code(sentence))


def test_a_quoted_name_given_is_no_election_called(code) -> None:
    events = code('The Cuban government called the listing of the island by Washington "shameful and hypocritical."')
    assert ("CUBGOV", None) in _accusations(events)
    assert not any(e.cameo == "0831" for e in events)


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("The Chinese foreign ministry slammed the American arms sale to Taiwan.", "CHNGOV", "USA"),
    ("The South Korean president hit out at Japan over its export curbs.", "KORGOV", "JPN"),
    ("The Pakistani army took aim at India for the border killings.", "PAKMIL", "IND"),
    ("The Nigerian president blamed Boko Haram for the attack on the school.", "NGAGOV", "NGAREB"),
    ("The Ukrainian president accused Russia of violating the ceasefire.", "UKRGOV", "RUS"),
    ("The Egyptian foreign ministry condemned the Israeli raid on Gaza.", "EGYGOV", "ISR"),
    ("The Canadian prime minister criticized the American trade war.", "CANGOV", "USA"),
    ("The Turkish president lashed out at the European Union.", "TURGOV", "IGOEEC"),
    ("The Syrian government denounced the American strikes as aggression.", "SYRGOV", "USA"),
    ("The Indian prime minister rebuked Pakistan for harbouring militants.", "INDGOV", "PAK"),
    ("The Brazilian president lambasted the French president over the Amazon fires.", "BRAGOV", "FRAGOV"),
    ("The Japanese prime minister decried the North Korean missile launch.", "JPNGOV", "PRKMIL"),
    ("The Polish government castigated the European Commission for its report.", "POLGOV", "IGOEECCOM"),
    ("The Saudi foreign minister chided Qatar for its ties to Iran.", "SAUGOV", "QAT"),
])
def test_plain_criticism_verbs(code, sentence: str, source: str, target: str) -> None:
    assert (source, target) in _accusations(code(sentence))


@pytest.mark.parametrize("sentence", [
    # other senses of "blast", "slam", "question" and "push back"
    "The band blasted music late into the night.",
    "The party blasted out an email to its donors.",
    "The storm blasted the coastal town with heavy rain.",
    "The team blasted past its rivals in the final.",
    "Police questioned the suspect about the robbery.",
    "The company questioned the figures in the audit.",
    "Analysts questioned whether the plan would work.",
    "Rebels were pushed back from the town by the army.",
    "Government troops pushed back the rebels near the border.",
    "The commander pushed back the rebel advance near the town.",
    "Smith pushed back his chair and stood up.",
    # a bare personal name is no critic the coder can vouch for
    "Lionel Messi blasted the ball into the net.",
    "Jonas Abernathy slammed the door and left.",
    # a thing does not criticise; a passive without its critic; criticism only mentioned; a habit
    "The report blasted the government's handling of the crisis.",
    "The senator was criticized for his remarks.",
    "The new law was questioned in court.",
    "The criticism of the budget grew louder in the spring.",
    "Critics of the plan were invited to the hearing.",
    "India rarely criticizes Russia.",
    "The minister has often criticized the budget.",
    # a participle that describes its noun; a wording of the imported dictionary with a name no one lists
    "The liberals complaining about the budget were outnumbered at the meeting.",
    "A cartoon shared on Facebook mocking the king drew crowds.",
    # a question or a condition
    "Did the Chinese president criticize Japan?",
    "Will the British prime minister condemn the Russian strikes?",
    "The French president would have condemned the coup.",
])
def test_no_accusation(code, sentence: str) -> None:
    assert _accusations(code(sentence)) == set()
