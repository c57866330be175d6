"""The collector's settings once a pipeline is loaded (``newsevents.heap``)."""

from __future__ import annotations

import gc

from newsevents import heap
from newsevents.pipeline import Pipeline


def test_heap_pipeline_leaves_its_data_out_of_collections(pipeline: Pipeline) -> None:
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] >= heap.YOUNG_OBJECTS


def test_heap_settle_never_lowers_a_higher_threshold() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(heap.YOUNG_OBJECTS * 5, before[1], before[2])
        heap.settle()
        assert gc.get_threshold() == (heap.YOUNG_OBJECTS * 5, before[1], before[2])
    finally:
        gc.set_threshold(*before)
