"""The per-Doc lists kept whole (tokens, words, lemmas, forms, the joined text) are what spaCy gives,
and the memo's tables stay apart from them."""

from __future__ import annotations

import pytest

from newsevents import docmemo
from newsevents.pipeline import Pipeline

TEXTS = [
    "The Freedonian envoy met  rebel commanders in Port Azur on Tuesday.",  # two spaces kept
    "Sylvania's army said it had shelled the border town, and the U.N. protested.\n\nTalks resume in May. ",
    "Officials in Ruritania—who asked not to be named—said the minister's visit was off.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_docmemo_kept_lists_are_spacys(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.nlp(text)
    assert docmemo.words(doc) == [(t.text, t.whitespace_) for t in doc]
    assert docmemo.text(doc) == doc.text == text
    assert docmemo.lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert docmemo.lowers(doc) == [t.lower_ for t in doc]
    assert [t.i for t in docmemo.tokens(doc)] == list(range(len(doc)))
    for tok in doc:
        assert [t.i for t in docmemo.same_text(tok)] == [t.i for t in doc if t.text == tok.text]
        assert (docmemo.sentence(tok).start, docmemo.sentence(tok).end) == (tok.sent.start, tok.sent.end)
    docmemo.forget(doc)


# the lists' names, bare or as the lists were once keyed in the tables' own dict (a leading space)
@pytest.mark.parametrize("name", ["tokens", "words", "lemmas", "lowers", "sentence", " tokens", " lemmas"])
def test_docmemo_tables_are_apart_from_kept_lists(pipeline: Pipeline, name: str) -> None:
    doc = pipeline.nlp(TEXTS[0])
    docmemo.tokens(doc), docmemo.words(doc), docmemo.lemmas(doc), docmemo.lowers(doc)
    docmemo.sentence(doc[0]), docmemo.text(doc)
    assert docmemo.table(doc, name) == {}  # a table of that name is its own, empty
    assert docmemo.table(doc, name) is docmemo.table(doc, name)
    docmemo.forget(doc)
    assert "newsevents.docmemo" not in doc.user_data and "newsevents.docmemo.lists" not in doc.user_data
