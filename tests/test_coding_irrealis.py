"""Acts a clause names without asserting them (coding/irrealis.py and the lists it shares with modality.py):
stalled talks, prevented acts, gerund subjects of modals and general truths, habits, aims, wishes for
another's act, allegations, orders, predictions and pledges. None of them is coded as done; the same acts
told as deeds stay asserted. Sentences are the project's own."""

from __future__ import annotations

import pytest

from event_summary import summarize

COUNTED = {"asserted", "future"}


def _types(events, statuses):  # type: ignore[no-untyped-def]
    return {s[1] for s in summarize(events) if s[3] in statuses}


@pytest.mark.parametrize(("sentence", "kind"), [
    # talks that stopped are not held
    ("Negotiations between Israel and Hamas have collapsed.", "CONSULT"),
    ("Talks between Serbia and Kosovo stalled last month over the border.", "CONSULT"),
    ("Peace talks between Colombia and the ELN broke down in January.", "CONSULT"),
    ("Negotiations between Armenia and Azerbaijan remain deadlocked.", "CONSULT"),
    ("Talks between Venezuela and the opposition fell apart in Barbados.", "CONSULT"),
    ("The new sanctions followed the collapsed negotiations between Iran and Britain.", "CONSULT"),
    ("His remarks came after talks between China and India had stalled.", "CONSULT"),
    # what is prevented, deterred or barred does not happen
    ("The coalition sent warships to the gulf in a bid to deter Iranian attacks.", "ASSAULT"),
    ("The court prohibited the ministry from deporting the Afghan family.", "COERCE"),
    ("Police blocked reporters from talking to the Syrian refugees.", "CONSULT"),
    ("The general restrained from charging the Kenyan minister.", "ACCUSE"),
    # a gerund subject of a modal, or of a general truth, is an act in general
    ("Venezuela sending troops to the border would be a grave mistake, the Colombian minister said.",
     "MOBILIZE"),
    ("Launching airstrikes in Syria would deepen the civil war.", "ASSAULT"),
    ("Negotiating with Hamas could strengthen the militants.", "CONSULT"),
    ("Negotiating with the Taliban gives the militants a legitimacy they crave.", "CONSULT"),
    ("Cutting aid to Honduras is linked to the migration crisis.", "SANCTION"),
    ("Refusing to negotiate with kidnappers keeps our diplomats safer.", "REJECT"),
    # an act of a kind, none in particular
    ("Any attack on Japan will be defeated, the American admiral said.", "ASSAULT"),
    # a habit or a rule: simple present beside a present clause of "when", "whenever", "once"
    ("When Tehran arrests a dual national, it demands a prisoner swap.", "COERCE"),
    ("When Tehran arrests a dual national, it demands a prisoner swap.", "REQUEST"),
    ("Whenever Moscow expels a diplomat, Washington retaliates in kind.", "SANCTION"),
    ("Once the militia captures a village, it executes the local officials.", "ASSAULT"),
    # the aim of another act
    ("Chinese forces moved to the border in an effort to intimidate India.", "THREATEN"),
    ("Iraqi troops massed near Mosul in a bid to recapture it from the militants.", "ASSAULT"),
    ("Rescuers hurried to the house in an attempt to dig out survivors.", "AID"),
    # another's act that someone wants is wished for, not done
    ("The rebels want a foreign army to invade Syria.", "ASSAULT"),
    ("Kiev wants Washington to impose more sanctions on Moscow.", "SANCTION"),
    # the charge in an allegation
    ("Activists alleged that the police tortured the detainees.", "ASSAULT"),
    ("Officials charge that China is forcing foreign companies to hand over technology.", "COERCE"),
    # orders and chants
    ('"Restore the border and, second, destroy the militants," the Iraqi general told his officers.',
     "ASSAULT"),
    # urged, requested and demanded acts
    ("The Turkish foreign minister called on Syria to withdraw its forces from the border.", "RETREAT"),
    ("Merkel urged Russia to pull its troops out of eastern Ukraine.", "RETREAT"),
    ("Pakistan demanded that India withdraw its soldiers from the disputed area.", "RETREAT"),
    ("Egypt asked Israel to reopen the Rafah crossing.", "CONCEDE"),
    ("The council's demand that Ethiopia withdraw its troops was ignored.", "RETREAT"),
    # conditions and predictions
    ("Unless Pyongyang halts its tests, Washington will impose new sanctions.", "CONCEDE"),
    ("Should Russia invade, NATO would defend the Baltic states.", "ASSAULT"),
    ("The army could attack the rebel stronghold within days.", "ASSAULT"),
    ("Israel may strike Iranian targets in Syria.", "ASSAULT"),
    ("Officials predicted that Iran would reject the offer.", "REJECT"),
    # resisted, pledged
    ("Mr. Obama had resisted sending lethal arms to Ukraine.", "AID"),
    ("Biden came into office on a pledge to end the war in Afghanistan.", "RETREAT"),
    # a quality joined to a denied one
    ("The Kenyan envoy said the Somali minister was not rude or insulting.", "ACCUSE"),
])
def test_unasserted_act_is_not_coded_as_done(code, sentence: str, kind: str) -> None:
    assert kind not in _types(code(sentence), {"asserted"})


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("Negotiations between Israel and Hamas have collapsed.", "CONSULT", "negated"),
    ("Talks between Serbia and Kosovo stalled last month over the border.", "CONSULT", "negated"),
    ("Mr. Obama had resisted sending lethal arms to Ukraine.", "AID", "negated"),
    ("The coalition sent warships to the gulf in a bid to deter Iranian attacks.", "ASSAULT", "hypothetical"),
    ("Venezuela sending troops to the border would be a grave mistake, the Colombian minister said.",
     "MOBILIZE", "hypothetical"),
    ("Whenever Moscow expels a diplomat, Washington retaliates in kind.", "SANCTION", "hypothetical"),
    ("Activists alleged that the police tortured the detainees.", "ASSAULT", "hypothetical"),
    ("The Iraqi army is poised to attack the last stronghold of the militants.", "THREATEN", "future"),
    ("Biden came into office on a pledge to end the war in Afghanistan.", "AGREE", "future"),
])
def test_status_of_an_unasserted_act(code, sentence: str, kind: str, status: str) -> None:
    assert kind in _types(code(sentence), {status})


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The sanctions are certain to anger Beijing, analysts said.", "ACCUSE"),
    ("The ruling is bound to provoke protests in Cairo.", "PROTEST"),
    ("The Iraqi army is poised to attack the last stronghold of the militants.", "ASSAULT"),
])
def test_prediction_is_not_counted_as_done(code, sentence: str, kind: str) -> None:
    assert kind not in _types(code(sentence), {"asserted"})


@pytest.mark.parametrize(("sentence", "kind"), [
    # the same acts told as deeds
    ("Talks between Greece and Turkey resumed in Athens on Monday.", "CONSULT"),
    ("The stalled negotiations between Iran and the European Union resumed in Vienna.", "CONSULT"),
    ("Negotiations between Sudan and South Sudan ended with a deal on oil.", "CONSULT"),
    ("Trump met Kim in Singapore after talks had stalled for months.", "CONSULT"),
    ("Hungary barred Syrian refugees from entering the country.", "REJECT"),
    ("Shelling by the Syrian army has killed ten civilians in Idlib.", "ASSAULT"),
    ("Fighting continues in the outskirts of Tripoli.", "ASSAULT"),
    ("When the Turkish army shelled the village on Monday, residents fled.", "ASSAULT"),
    ("Mr. Obama sent lethal arms to Ukraine last year.", "AID"),
    ("The Turkish army withdrew its forces from the border on Monday.", "RETREAT"),
    ("Iraqi forces recaptured the city from the militants.", "ASSAULT"),
    ("Israel bombed Iranian targets in Syria overnight.", "ASSAULT"),
    ("Egypt reopened the Rafah crossing on Saturday.", "CONCEDE"),
    ("Pakistan accused India of violating the ceasefire.", "ACCUSE"),
    ("Activists alleged that the police tortured the detainees.", "ACCUSE"),
    ("Merkel urged Russia to pull its troops out of eastern Ukraine.", "REQUEST"),
    ("Pakistan demanded that India withdraw its soldiers from the disputed area.", "REQUEST"),
    ("The Turkish foreign minister called on Syria to withdraw its forces from the border.", "REQUEST"),
    ("Hosting the Iranian president in Paris shows that France still backs the nuclear deal.", "CONSULT"),
    ("The attacks did not deter Turkey from shelling Kurdish positions in Syria.", "ASSAULT"),
    # talks that went badly, or whose stopping is denied, were held
    ("Talks between Iran and the European Union stumbled over sanctions but continued in Vienna.", "CONSULT"),
    # "made sure to" asserts the act; a quality set against a denied one is said
    ("Obama made sure to meet with the Saudi king in Riyadh on Monday.", "CONSULT"),
    ("The Indian minister is not dismissive but insulting toward Pakistan.", "ACCUSE"),
])
def test_act_told_as_a_deed_stays_asserted(code, sentence: str, kind: str) -> None:
    assert kind in _types(code(sentence), {"asserted"})


@pytest.mark.parametrize("sentence", [
    "Negotiations between Serbia and Kosovo never stalled.",
    "Talks between Israel and Hamas have not collapsed.",
])
def test_denied_stopping_is_no_stalled_talk(pipeline, sentence: str) -> None:
    # the clause's own negation is read elsewhere; the stalled-talks rule must not add its own reading
    from newsevents.coding.irrealis import irrealis
    doc = pipeline.nlp(sentence)
    assert irrealis(doc[0], doc[0], pipeline.grammar) is None
