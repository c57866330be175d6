"""Statements put on social media are read like the same words said (issue 10): "X tweeted that ...",
'"...," X tweeted', "X posted on Facebook that ...", "X wrote on Twitter that ..." make X the speaker
(data/grammar.yaml speech_verbs)."""

from __future__ import annotations

import pytest

from newsevents.records import Event

Exact = tuple[str, str | None, str | None, str]


def exact(events: list[Event]) -> set[Exact]:
    """(CAMEO code, source code, target code, status) of each event."""
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.status)
            for e in events}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a demand tweeted is a demand
    ("Trump tweeted that Mexico should pay for the wall.", ("100", "USAGOV", "MEX", "asserted")),
    ("Trump posted on Twitter that Mexico must pay for the wall.", ("100", "USAGOV", "MEX", "asserted")),
    ("The French president tweeted that Russia must respect the ceasefire in Ukraine.",
     ("100", "FRAGOV", "RUS", "asserted")),
    ('"Pakistan must stop harbouring terrorists," the Indian prime minister tweeted.',
     ("100", "INDGOV", "PAK", "asserted")),
    # the speaker of a quoted tweet is who "we" are
    ('"We will destroy Hamas," Netanyahu tweeted.', ("137", "ISRGOV", "PSEREB", "future")),
    ('"We will destroy Hamas," Netanyahu posted on Instagram.', ("137", "ISRGOV", "PSEREB", "future")),
    # a meeting tweeted about as still to come is an intent, as when said
    ("Trump tweeted that he would meet Kim Jong Un in Singapore.", ("036", "USAGOV", "PRKGOV", "future")),
    # an accusation made in a tweet or a post
    ("In a tweet, the Turkish president accused Israel of genocide.", ("1124", "TURGOV", "ISR", "asserted")),
    ("In a post on Facebook, the Turkish president accused Israel of genocide.",
     ("1124", "TURGOV", "ISR", "asserted")),
])
def test_social_media_statement_codes_sentence(code, sentence: str, expected: Exact) -> None:
    assert expected in exact(code(sentence))


@pytest.mark.parametrize("template", [
    '"We will attack the Houthi rebels," the Yemeni president {said}.',
    "The Japanese prime minister {said} that North Korea must abandon its missile programme.",
    "Netanyahu {said} that Israel would strike Hezbollah.",
    "The Kenyan president {said} on Sunday that the report was a disgrace.",
    "Pompeo {said} that the United States condemns the attack by Iran.",
])
@pytest.mark.parametrize("verb", ["tweeted", "posted on Facebook", "wrote on Twitter", "said on Instagram"])
def test_social_media_statement_codes_as_if_said(code, template: str, verb: str) -> None:
    said = exact(code(template.format(said="said")))
    assert said  # the wording codes an event when said
    assert exact(code(template.format(said=verb))) == said


@pytest.mark.parametrize("sentence", [
    # a post with no act in it
    "Trump tweeted a photo of his dinner.",
    "The Canadian prime minister posted a video of the parade.",
    "The minister tweeted on Sunday that he was proud of the team.",
    # someone else's words passed on are not the retweeter's statement
    "Trump retweeted a post calling Pelosi a traitor.",
])
def test_social_media_post_without_an_act_codes_nothing(code, sentence: str) -> None:
    assert not code(sentence)


@pytest.mark.parametrize("sentence", [
    # what someone should have done is a reproach for the past, not a demand (tweeted or said)
    "The governor tweeted that the president should have stood with France.",
    "The senator said that Germany should have paid more to NATO.",
])
def test_should_have_done_is_no_demand(code, sentence: str) -> None:
    assert not any(e.cameo == "100" for e in code(sentence))
