"""Review of round 15's coding rules: regressions found probing them with sentences of our own.

- A verb of criticism that also names a blow ("slam", "blast", "hit") said by a critic no dictionary lists is
  criticism only when someone or something owned is hit: the tagger reads many a person's or a storm's name
  as a body's ("Ricardo Mendes slammed the door", "Storm Ciara slammed the coast").
- A warning that the one warned would suffer an act ("warned the commanders they would be targeted") is a
  threat: the passive tells what would be done to them, no forecast of their own doing.
- A state and the rebels, the opposition, a party or protesters of its own country are no one side: a warning
  between them is held over the other ("the army warned protesters not to approach the headquarters"), not
  advice to one's own (lobbies and lawmakers warning their government still advise).
- "Endorsed the claims of the Georgians": what an actor asks for or holds stands for the actor (words.yaml
  partitive_nouns), as before round 15 narrowed the partitives.
- A gerund of electing taken by a noun's preposition names a step to come, with no electors ("the process
  of electing a new president"); "after electing a speaker, the parliament adjourned" stays the parliament's.
- A cleft's relative clause is the deed a denial denies ("denied it was Iranian forces that attacked the
  tankers"); a relative clause that tells what a noun is stays a fact ("refused to sign the text that India
  endorsed").
"""

from __future__ import annotations

import pytest


def _types(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.plover.type for e in events if e.counted and e.plover}


@pytest.mark.parametrize("sentence", [
    "Ricardo Mendes slammed the door and left the room.",
    "Carlos Ferreira slammed the brakes and the car stopped.",
    "Storm Ciara slammed the coast with heavy rain.",
    "Google slammed the brakes on its new project.",
    "Mercedes Lopez slammed her fist on the table.",
    "The striker Marcus Dane blasted the ball into the net.",
])
def test_a_blow_by_an_unlisted_name_is_no_criticism(code, sentence: str) -> None:
    assert "ACCUSE" not in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "Opposition leader Maria Ochoa slammed the government's budget.",
    "Executive director Jane Roe blasted the plan as reckless.",
    "Hardliners in Tehran condemned the nuclear agreement with Washington.",
    "Conservative lawmaker Ahmed Saleh hit out at Iranian leaders.",
    "Activist Lena Park slammed President Trump over the wall.",
])
def test_criticism_by_an_unlisted_critic_stays(code, sentence: str) -> None:
    assert "ACCUSE" in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "Netanyahu warned Iranian commanders that they would be targeted.",
    "The Turkish president warned the Kurdish fighters that they would be crushed.",
    "Putin warned him that he would be punished for the betrayal.",
    "The Israeli defence minister warned Hamas leaders that they would be hunted down.",
    # a consequence upon the warned one's own deed
    "The president warned Iranian leaders that they would have bigger problems if they restarted the programme.",
    "The Saudi prince warned Qatari officials that they would regret it if they hosted the rebels.",
])
def test_a_warning_of_what_would_be_done_to_the_warned_is_a_threat(code, sentence: str) -> None:
    assert "THREATEN" in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "The British leader warned MPs that they would be putting the union at risk.",
    "Economists warned that the tariffs would eliminate jobs.",
    "The senators warned against the deal with Iran.",
])
def test_forecasts_and_advice_stay_no_threat(code, sentence: str) -> None:
    assert "THREATEN" not in _types(code(sentence))


def _status(events, trigger: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.status for e in events if e.trigger.text.split()[0] == trigger}


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Iran denied it was Iranian forces that attacked the tankers.", "attacked"),
    ("Russia denied that it was Russian jets that bombed the hospital.", "bombed"),
    ("The militia denied that it was its fighters who shelled the market in Tripoli.", "shelled"),
])
def test_the_deed_of_a_denied_cleft_is_negated(code, sentence: str, trigger: str) -> None:
    assert _status(code(sentence), trigger) == {"negated"}


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Pakistan refused to sign the text that India endorsed.", "endorsed"),
    ("Venezuela rejected the plan, which Brazil had backed.", "backed"),
])
def test_a_relative_clause_describing_a_noun_stays_a_fact(code, sentence: str, trigger: str) -> None:
    assert _status(code(sentence), trigger) == {"asserted"}


@pytest.mark.parametrize("sentence", [
    "The Syrian government warned the rebels to lay down their arms.",
    "The Sudanese army warned protesters not to approach the military headquarters.",
    "Hong Kong police warned demonstrators against gathering in the park.",
    "The Afghan government warned the Taliban against attacking the city.",
    "The Ethiopian army warned Tigrayan rebels to surrender within three days.",
])
def test_a_state_warning_its_own_rebels_or_crowds_threatens(code, sentence: str) -> None:
    assert "THREATEN" in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "American business groups warned the White House against a pullout from the trade pact.",
    "Republican senators warned the president against withdrawing troops from Syria.",
])
def test_a_lobby_warning_its_own_government_advises(code, sentence: str) -> None:
    assert "THREATEN" not in _types(code(sentence))


@pytest.mark.parametrize(("sentence", "target"), [
    ("The Canadian government endorsed the claims of the Georgians against Moscow.", "GEO"),
    ("Germany backed the position of the Greek government.", "GRCGOV"),
])
def test_what_an_actor_holds_stands_for_it(code, sentence: str, target: str) -> None:
    assert target in {e.target.code for e in code(sentence) if e.target}


@pytest.mark.parametrize("sentence", [
    "Donors want the Egyptian army invested in the work of redrafting the charter and electing a new president"
    " of Egypt.",
    "The junta is committed to the process of electing a new Malian government.",
    "Delegates began the long task of drafting a charter and electing a chairman for the council.",
])
def test_a_process_of_electing_is_no_support(code, sentence: str) -> None:
    assert "SUPPORT" not in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "After electing a new speaker, the Iraqi parliament adjourned.",
    "The Lebanese parliament is electing a new president today.",
])
def test_electors_electing_stay_support(code, sentence: str) -> None:
    assert "SUPPORT" in _types(code(sentence))
