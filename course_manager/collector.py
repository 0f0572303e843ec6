"""Python's cyclic garbage collector kept out of the window's way during big jobs.

Python runs one thread at a time, and a collection runs on whichever thread allocates when the
counts say so, holding the interpreter throughout: while the database worker builds 20,000 rows,
collections of the objects it has just made (hundreds of thousands, all alive) stop the
window's thread for 50-450 ms, and free nothing.

:func:`paused` runs a job with the collector off; objects nobody refers to still go at once
(reference counting), only reference cycles wait. At the end, :func:`settle` deals with what the
job left in the young generation, in one short step:

- a little (a preview, a list of cohorts): a collection of the young generation alone, which
  walks only that and frees the job's cycles;
- a lot (a 20,000-row table, a report): ``gc.freeze()``, which moves every object alive now out
  of the collector's sight without walking any (a constant-time list splice), so no later
  collection walks those rows again. The price: a cycle among frozen objects that later
  becomes garbage is never freed, so the big jobs are kept free of cycles at their source
  (fontTools fonts, fpdf2 documents and openpyxl workbooks are taken apart when done with;
  tests/test_collector.py checks the jobs the benchmark watches).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Young objects up to which the end of a job collects them (a walk of this many takes
#: ~10-30 ms); above it they are frozen instead.
COLLECT_UP_TO = 30_000


@contextmanager
def paused() -> Iterator[None]:
    """The collector off meanwhile; at the end of the outermost pause, :func:`settle`."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            settle()
            gc.enable()


def settle() -> None:
    """Collect the young generation when it is small, else freeze everything alive."""
    if gc.get_count()[0] <= COLLECT_UP_TO:
        gc.collect(0)
    else:
        gc.freeze()
