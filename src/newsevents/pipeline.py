"""Article -> [Event]: the whole chain, batched with ``nlp.pipe``.

A ``Pipeline`` owns everything that is expensive to build (the spaCy model, the actor
dictionary, the patterns, the gazetteer) and is built once per process. It holds no
per-article state: each document gets its own ``Mentions`` for coreference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsevents import docmemo, heap
from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.coder import CodedEvent, Coder
from newsevents.coding.grammar import Grammar
from newsevents.coding.ontology import Ontology
from newsevents.coding.patterns import PatternSet
from newsevents.coding.repair import add_parse_repair
from newsevents.dateline import default_parser
from newsevents.errors import InputError
from newsevents.magnitude import MagnitudeReader
from newsevents.nlp import Piece, load_model, split_text
from newsevents.paragraphs import add_paragraph_breaks
from newsevents.places import PlaceResolver
from newsevents.places.carry import VIOLENCE_ROOTS
from newsevents.places.placing import EventPlacer, Placing
from newsevents.records import Actor, Article, Event, Location, Trigger
from newsevents.time import DateResolver, story_day

#: CAMEO roots of assault, fight and mass violence: an unknown perpetrator is of the place's country.


@dataclass
class _Reading:
    """What coding one article carries from sentence to sentence and piece to piece."""

    article: Article
    mentions: Mentions
    placing: Placing  # the places read so far and the events still to place (``places.placing``)
    events: list[Event] = field(default_factory=list)
    seen: int = 0  # mentions already counted in ``placing.countries``
    sentences: int = 0  # sentences read so far: the next one's index
    tokens: int = 0  # tokens of the last piece


def _numbered(pieces: list[Piece]) -> Iterator[tuple[int, bool, Piece]]:
    """Each piece with its number and whether it is the last; an empty text is one empty piece."""
    pieces = pieces or [Piece("", 0)]
    for n, piece in enumerate(pieces):
        yield n, n == len(pieces) - 1, piece


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    actor_files: tuple[str, ...] = ()
    pattern_files: tuple[str, ...] = ()
    batch_size: int = 16
    #: Set the garbage collector for a process that codes news once the data are loaded (``heap.settle``):
    #: process-wide, so only for a process the caller owns (the CLI does; a notebook or server may choose to).
    settle_heap: bool = False


class Pipeline:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = load_model(self.settings.model)
        add_paragraph_breaks(self.nlp)  # no sentence runs across a blank line (a byline, a caption), before parsing
        add_parse_repair(self.nlp)  # relabels parse errors the coding rules depend on, before coding
        self.ontology = Ontology.load()
        self.dictionary = ActorDictionary.load(self.settings.actor_files)
        self.resolver = ActorResolver(self.dictionary)
        self.patterns = PatternSet.load(self.settings.pattern_files)
        self.grammar = Grammar.load()
        self.coder = Coder(self.patterns, self.grammar, self.resolver)
        self.dates = DateResolver()
        self.places = PlaceResolver()
        self.placer = EventPlacer(self.places, self.ontology, self.dates)
        self.datelines = default_parser()
        self.magnitudes = MagnitudeReader()
        if self.settings.settle_heap:
            heap.settle()  # what is loaded lives as long as the process: out of the collector's way (``heap``)

    # -- public -------------------------------------------------------------------------------------

    def code_articles(self, articles: Iterable[Article],
                      on_error: Callable[[InputError], None] | None = None) -> Iterator[tuple[Article, list[Event]]]:
        """Code a stream of articles; yields each article (with its dateline) and its events, in input order.

        A long article is parsed in pieces (``nlp.split_text``: cut between sentences, an
        over-long sentence between clauses) and coded as one document: sentence numbers run on
        and coreference reads across the seams, in time and memory linear in its length.

        ``on_error``: where an article that fails to code is reported (one line naming its file and
        id); it is then left out, not yielded with no events, and the others go on. Without it the
        error is raised."""
        pieces = ((piece.text, (article, n, last))
                  for article in map(self.with_dateline, articles)
                  for n, last, piece in _numbered(split_text(_without_dateline(article))))
        reading: _Reading | None = None
        broken: Article | None = None
        for doc, (article, n, last) in self.nlp.pipe(pieces, as_tuples=True, batch_size=self.settings.batch_size):
            events: list[Event] | None = None
            if article is not broken:
                try:
                    reading = self._next_reading(article, n, reading)
                    self._code_piece(doc, reading)
                    events = self._place_the_rest(reading) if last else None
                except Exception as err:  # any bug in one article must not stop the others
                    if on_error is None:
                        raise
                    on_error(_coding_error(article, err))
                    broken, reading = article, None
            docmemo.forget(doc)  # the per-Doc memo lives only while the Doc is coded
            if events is not None:
                yield article, events

    def _next_reading(self, article: Article, n: int, reading: _Reading | None) -> _Reading:
        """A new reading for an article's first piece; the same one, moved on, for its next pieces."""
        if n == 0 or reading is None:
            return self._reading(article)
        reading.mentions.next_piece(reading.tokens)
        reading.seen = len(reading.mentions.items)
        return reading

    def code_article(self, article: Article) -> list[Event]:
        return next(iter(self.code_articles([article])))[1]

    def with_dateline(self, article: Article) -> Article:
        """The article with its dateline ("QUETTA, Pakistan (AP) —") read, when it has one."""
        if article.dateline is not None:
            return article
        dateline = self.datelines.parse(article.text, article.date)
        return replace(article, dateline=dateline) if dateline is not None else article

    def code_doc(self, doc: Doc, article: Article) -> list[Event]:
        """The events of an article parsed as one Doc."""
        article = self.with_dateline(article)
        reading = self._reading(article)
        self._code_piece(doc, reading)
        events = self._place_the_rest(reading)
        docmemo.forget(doc)  # the per-Doc memo lives only while the Doc is coded
        return events

    def _reading(self, article: Article) -> _Reading:
        placing = self.placer.start(article)
        mentions = Mentions(date=article.date)
        self.resolver.dateline(article.dateline, mentions, country=placing.home)
        return _Reading(article, mentions, placing)

    def _code_piece(self, doc: Doc, reading: _Reading) -> None:
        article, mentions, placing = reading.article, reading.mentions, reading.placing
        for sent in doc.sents:
            coded = self.coder.code_sentence(sent, mentions)
            for m in mentions.items[reading.seen:]:  # only the new mentions: linear in the article
                if m.actor.country:
                    placing.countries.add(m.actor.country)
            reading.seen = len(mentions.items)
            self.placer.read_sentence(sent, reading.sentences, placing)
            for c in coded:
                where = self.placer.place(c, sent, placing, len(reading.events))
                reading.events.append(self._event(c, sent, reading.sentences, article, where))
            reading.sentences += 1
        reading.tokens = len(doc)

    def _place_the_rest(self, reading: _Reading) -> list[Event]:
        return self.placer.place_the_rest(reading.placing, reading.events)

    def _event(self, c: CodedEvent, sent: Span, index: int, article: Article, where: Location | None) -> Event:
        entry = self.ontology[c.code]
        trig = c.trigger
        whole = docmemo.span_text(sent)  # spaCy joins sent.text from the sentence's tokens on each call
        text = whole.strip()
        # offsets count from the stripped sentence: a blanked dateline leaves spaces before it
        lead = sent.start_char + len(whole) - len(whole.lstrip())
        start = trig.idx - lead
        end_tok = trig.doc[c.trigger_end - 1]
        end = end_tok.idx + len(end_tok.text) - lead
        when, precision = self.dates.resolve(trig, story_day(article), future=c.status == "future")
        source, rule = c.source, c.rule
        if source is None and where is not None and where.country and c.code[:2] in VIOLENCE_ROOTS:
            # "A roadside bombing near Samarra killed ...": an unknown perpetrator is coded, as in
            # ICEWS and PLOVER, with the country where the attack happened
            source = Actor(where.name, where.country + "UAF", where.country, "UAF", None,
                           "unknown perpetrator: an unidentified actor of the country where it happened")
            rule += " (unknown perpetrator: coded with the country where it happened)"
        return Event(
            doc_id=article.id,
            sentence_index=index,
            sentence=text,
            trigger=Trigger(text[start:end], start, end),
            source=source,
            target=c.target,
            cameo=c.code,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            plover=self.ontology.plover(c.code),
            status=c.status,
            attribution=c.attribution,
            date=when,
            date_precision=precision,
            location=where,
            rule=rule,
            confidence=c.confidence,
            magnitude=self.magnitudes.read(trig),
        )


def _without_dateline(article: Article) -> str:
    """The text to parse: the dateline blanked out, so that "QUETTA" is never the subject of the
    first sentence; every character keeps its offset."""
    d = article.dateline
    if d is None:
        return article.text
    return article.text[:d.start] + " " * (d.end - d.start) + article.text[d.end:]


def code_text(text: str, date: date | None = None, *, doc_id: str = "text",
              pipeline: Pipeline | None = None) -> list[Event]:
    """Code one text (the notebook entry point): ``newsevents.code_text("...", date=date(2019, 4, 27))``."""
    return (pipeline or default_pipeline()).code_article(Article(id=doc_id, text=text, date=date))


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline the notebook functions share: built on first use, once per process."""
    return Pipeline()


def code_texts(texts: Sequence[str], date: date | None = None) -> list[list[Event]]:
    """Code many texts at once (batched through spaCy); one list of events per text."""
    articles = [Article(id=f"text-{i}", text=t, date=date) for i, t in enumerate(texts)]
    return [events for _, events in default_pipeline().code_articles(articles)]


def _coding_error(article: Article, err: Exception) -> InputError:
    """A failure to code one article, as an input error naming its file and id."""
    return InputError(article.source_path or "-", f"article {article.id!r} could not be coded "
                      f"({type(err).__name__}: {err}); its events are left out")
