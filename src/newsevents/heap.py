"""How Python's cyclic garbage collector treats a process that codes news, set once its data are loaded.

Loading a ``Pipeline`` leaves some 240,000 objects that live as long as the process (the spaCy model's
tables, the actor dictionary, the gazetteer, the patterns), and coding makes and drops many small ones
(tokens, spans, tuples, memo entries) at every noun. With the collector's defaults a collection of the
youngest objects starts after every 700 net new ones, several hundred times per hundred stories, and
now and then a full collection walks everything loaded (some 0.6 s each). Timed by the collector's
callbacks on a loaded machine, that was 0.8-1.1 s of a 3.5-4.4 s pass over the benchmark corpus (wall
clock, so an upper bound), for cycles that are next to none.

``settle`` does two things, once the data are loaded:
- ``gc.freeze()``: what is loaded so far is left out of every later collection (it is never freed
  before the process ends, which it would not be anyway);
- the youngest generation may grow to ``YOUNG_OBJECTS`` before it is collected (never lowered when
  the program that uses us has set it higher).
Nothing coded changes; cycles that do become garbage are freed a little later, and memory grows by
at most the young objects allowed.

The collector's settings belong to the whole process, so ``Pipeline`` settles only when
``Settings.settle_heap`` is set: the command line sets it (it owns its process and the workers it starts);
a notebook, an API server or a Dask worker that only uses the library keeps its own settings.
"""

from __future__ import annotations

import gc

#: Net new objects before the youngest generation is collected (CPython's default is 700).
YOUNG_OBJECTS = 10_000


def settle() -> None:
    """Leave what is loaded out of later collections, and collect the youngest objects less often."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_OBJECTS), middle, old)
