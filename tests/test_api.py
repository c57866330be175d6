"""The notebook API: newsevents.code_text and the Store's DataFrame/Arrow views."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import newsevents
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event


def test_api_code_text_returns_typed_events(pipeline: Pipeline) -> None:
    events = newsevents.code_text(
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Thursday.",
        date=date(2019, 4, 27), pipeline=pipeline)
    assert events and all(isinstance(e, Event) for e in events)
    e = events[0]
    assert (e.source and e.source.code, e.cameo, e.target and e.target.code) == ("PRKGOV", "040", "RUSGOV")
    assert e.date == "2019-04-25" and e.location is not None and e.location.name == "Vladivostok"


def test_api_store_rows_load_into_pandas_and_arrow(pipeline: Pipeline, tmp_path: Path) -> None:
    article = Article(id="a1", text="Iran condemned Israel on Monday. Egypt hosted talks with Sudan.",
                      date=date(2024, 3, 6))
    events = pipeline.code_article(article)
    with newsevents.Store(tmp_path / "e.duckdb") as store:
        assert store.add_article(article, events)
        df = store.events_df()
        table = store.events_arrow()
    assert len(df) == len(events) == table.num_rows
    assert {"source_code", "cameo", "target_code"} <= set(df.columns)
