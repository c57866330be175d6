"""A word act is where its words were said (issue 12): a participle of being there ("Speaking in Brussels, ..."), the
verb of saying that holds the act or its audience ("told reporters in Tokyo that ...") wins over a place of what
the words are about ("criticized Russia's policy in Ukraine"); someone else's words that a speaker reports are
not placed there; a deed stays where it was done, not in its doer's country ("U.S. air strikes in Iraq"). Sentences
are ours."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # said there, about somewhere else
        ("Speaking in Brussels, Merkel criticized Russia's policy in Ukraine.", "criticized", ("Brussels", "BEL")),
        ("Speaking at a news conference in Ankara, Erdogan condemned the bombing in Kabul.", "condemned",
         ("Ankara", "TUR")),
        ("Speaking in Geneva, the Turkish envoy criticized the Syrian government's offensive in Idlib.", "criticized",
         ("Geneva", "CHE")),
        ("Merkel said in Brussels that she opposed Russia's actions in Syria.", "opposed", ("Brussels", "BEL")),
        ("The German chancellor told reporters in Tokyo that she condemned the attack in Mali.", "condemned",
         ("Tokyo", "JPN")),
        # said there, of a listener or nobody in particular
        ("Addressing lawmakers in Kiev, the Polish president urged Russia to withdraw troops from Crimea.", "urged",
         ("Kiev", "UKR")),
        ("Speaking to reporters in Paris, the Iranian foreign minister accused Washington of aggression.", "accused",
         ("Paris", "FRA")),
        ("At a news conference in Beijing, the Russian minister praised China's stance.", "praised",
         ("Beijing", "CHN")),
        # a meeting is where the parties meet, the venue of the speech or not
        ("Speaking in London, the Saudi minister met the Yemeni president.", "met", ("London", "GBR")),
        # a deed is where it was done, not where its doer comes from
        ("U.S. air strikes in Iraq killed ten militants on Friday.", "strikes", ("Iraq", "IRQ")),
        ("U.S. air strikes in Iraq killed ten militants on Friday.", "killed", ("Iraq", "IRQ")),
        ("Israeli jets struck targets in Syria overnight.", "struck", ("Syria", "SYR")),
        ("American troops attacked a Taliban base in Kandahar.", "attacked", ("Kandahar", "AFG")),
        ("Turkish troops shelled Kurdish fighters near Afrin.", "shelled", ("Afrin", "SYR")),
    ],
)
def test_places_spoken_at_a_word_act_is_where_it_was_said(code, text, trigger, place) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events, text
    assert {(e.location.name, e.location.country) if e.location else None for e in events} == {place}


@pytest.mark.parametrize(
    ("text", "trigger", "not_there"),
    [
        # another's act that the speaker reports is not placed where the speaker spoke
        ("Speaking in Brussels, Merkel said Russia had threatened Ukraine.", "threatened", "Brussels"),
        # the country in a speaker's title is not where the speaker spoke
        ("Speaking in Geneva, the Turkish envoy criticized the Syrian government's offensive in Idlib.", "criticized",
         "Turkey"),
    ],
)
def test_places_spoken_at_not_the_place_of_another_saying(code, text, trigger, not_there) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.location is None or e.location.name != not_there for e in events)
