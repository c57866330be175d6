"""The per-Doc memo: kept results are the ones spaCy gives, and coding leaves none behind."""

from __future__ import annotations

from datetime import date

from newsevents import docmemo
from newsevents.actors.matching import noun_phrase
from newsevents.coding.grammar import children
from newsevents.pipeline import Pipeline
from newsevents.records import Article

TEXT = "The Ruritanian foreign minister met rebel leaders in the capital on Monday."


def test_docmemo_gives_what_spacy_gives(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    sent = next(iter(doc.sents))
    assert [t.i for t in docmemo.span_tokens(sent)] == [t.i for t in sent]
    for tok in doc:
        assert noun_phrase(tok) is noun_phrase(tok)  # built once
        assert [c.i for c in children(tok, "amod", "compound", "prep")] == [
            c.i for c in tok.children if c.dep_ in {"amod", "compound", "prep"}]


def test_docmemo_sentence_text_and_lemmas_are_spacys(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT + " The talks ended late. Both sides said they would meet again in June.")
    assert len(list(doc.sents)) > 1
    assert docmemo.text(doc) == doc.text
    assert docmemo.lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert docmemo.lowers(doc) == [t.lower_ for t in doc]
    assert [[c.i for c in docmemo.children(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    for span in [*doc.sents, doc[2:5], doc[0:1], doc[-3:]]:
        assert docmemo.span_text(span) == span.text
    for tok in doc:
        assert [t.i for t in docmemo.same_text(tok)] == [t.i for t in doc if t.text == tok.text]
    for tok in doc:
        found = docmemo.sentence(tok)
        assert (found.start, found.end) == (tok.sent.start, tok.sent.end)


def test_docmemo_children_follow_heads_that_a_rule_moved(pipeline: Pipeline) -> None:
    """The children read off the heads are spaCy's also where a head was set after the parse (as the
    parse repair does), with the root's children and a token moved under another word."""
    doc = pipeline.nlp("Officials said they would send troops and asked for talks.")
    moved = next(t for t in doc if t.lower_ == "asked")
    moved.head = next(t for t in doc if t.lower_ == "send")
    assert [[c.i for c in docmemo.children(t)] for t in doc] == [[c.i for c in t.children] for t in doc]


def test_docmemo_coding_leaves_no_memo(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    article = Article(id="m", text=TEXT, date=date(2019, 4, 27))
    first = pipeline.code_doc(doc, article)
    assert "newsevents.docmemo" not in doc.user_data and "newsevents.docmemo.lists" not in doc.user_data
    assert pipeline.code_doc(doc, article) == first  # coded again from scratch, the same events
