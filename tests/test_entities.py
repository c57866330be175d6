"""sentence_ents gives each sentence what spaCy's Span.ents gives, from one listing per Doc."""

from __future__ import annotations

from newsevents.entities import sentence_ents
from newsevents.pipeline import Pipeline

TEXTS = [
    "Angela Merkel met Emmanuel Macron in Paris on Monday. They spoke for two hours. "
    "Later, the French president flew to Berlin, where 3,000 people marched on Tuesday.",
    "No names here at all. None at all.",
    "The United Nations said on Friday that Kenya and Uganda signed a border deal in Nairobi.",
]


def _triples(ents: object) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in ents]  # type: ignore[attr-defined]


def test_same_entities_as_spacy_sentence_by_sentence(pipeline: Pipeline) -> None:
    docs = [pipeline.nlp(t) for t in TEXTS]
    for doc in docs + docs[::-1]:  # switching between Docs must not reuse another Doc's listing
        for sent in doc.sents:
            assert _triples(sentence_ents(sent)) == _triples(sent.ents)
    assert sum(len(sentence_ents(s)) for s in docs[0].sents) == len(docs[0].ents) > 3
