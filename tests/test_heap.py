"""The collector's settings once a pipeline is loaded (``newsevents.heap``): changed only when asked."""

from __future__ import annotations

import gc

import pytest

from newsevents import heap
from newsevents.cli.common import pipeline_settings
from newsevents.pipeline import Pipeline, Settings


def test_heap_default_pipeline_leaves_the_collector_alone() -> None:
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    Pipeline()
    assert gc.get_threshold() == threshold
    assert gc.get_freeze_count() <= frozen  # nothing newly frozen (an earlier in-process CLI test may have
    # frozen objects that are freed meanwhile)


def test_heap_pipeline_settles_when_its_settings_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[None] = []
    monkeypatch.setattr(heap, "settle", lambda: calls.append(None))
    Pipeline(Settings(settle_heap=True))
    assert calls == [None]


def test_heap_the_command_line_settles_its_process() -> None:
    assert pipeline_settings(None, None, None).settle_heap


def test_heap_settle_leaves_loaded_data_out_of_collections() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, before[1], before[2])
        heap.settle()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == heap.YOUNG_OBJECTS
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_heap_settle_never_lowers_a_higher_threshold() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(heap.YOUNG_OBJECTS * 5, before[1], before[2])
        heap.settle()
        assert gc.get_threshold() == (heap.YOUNG_OBJECTS * 5, before[1], before[2])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
