"""A blank line ends a sentence (paragraphs.py): a byline, an agency name or a caption on its own line is never
read as the subject of the story's first sentence. Our own texts."""

from __future__ import annotations

import pytest
import spacy

from newsevents.paragraphs import paragraph_breaks


def test_paragraph_breaks_marks_the_token_after_a_blank_line() -> None:
    doc = paragraph_breaks(spacy.blank("en")("Jane Doe\n\nReuters\nIran met Iraq."))
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["Reuters"]  # after the blank line, not after one break


def test_paragraph_breaks_runs_before_the_parser(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = pipeline.nlp.pipe_names
    assert names.index("newsevents_paragraph_breaks") < names.index("parser")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Maria Lopez\n\nTHE DAILY RECORD\n\nChina's foreign minister on Monday urged North Korea to stop its missile "
     "tests.", "urged", "CHNGOV", "PRK"),
    ("By Tom Hale\n\nAP\n\nThe Japanese prime minister praised South Korea for its help after the storm.",
     "praised", "JPNGOV", "KOR"),
    ("Photo: Reuters\n\nTurkey's president welcomed the decision by Russia to delay the offensive.",
     "welcomed", "TURGOV", "RUS"),
])
def test_paragraph_breaks_keep_the_first_sentence_actor(code, text: str, trigger: str, source: str,  # type: ignore[no-untyped-def]
                                                        target: str) -> None:
    assert (source, target) in {(e.source.code if e.source else None, e.target.code if e.target else None)
                                for e in code(text) if e.trigger.text == trigger and e.counted}
