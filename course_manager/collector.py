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
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: Young objects up to which the end of a job collects them (a walk of this many takes
#: ~10-30 ms); above it they are frozen instead.
COLLECT_UP_TO = 30_000

#: Where a collection wanted on another thread is run (the app gives its window's thread: a
#: collection frees whatever cycles are garbage, among them closed windows' Qt objects, and Qt
#: objects freed off the window's thread crash the app). None: on the thread that wants it.
_post: Callable[[Callable[[], None]], None] | None = None


def collect_on(post: Callable[[Callable[[], None]], None] | None) -> None:
    """Have the young collections that :func:`settle` wants off the main thread run through
    ``post`` (which runs what it is given on the main thread), or where wanted (None)."""
    global _post
    _post = post


def collect_young() -> None:
    """One collection of the young generation (cheap: it walks only what is new)."""
    gc.collect(0)


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
    """Collect the young generation when it is small (on the main thread, see
    :func:`collect_on`), else freeze everything alive (which frees nothing: safe anywhere)."""
    if gc.get_count()[0] <= COLLECT_UP_TO:
        if _post is not None and threading.current_thread() is not threading.main_thread():
            _post(collect_young)
        else:
            collect_young()
    else:
        gc.freeze()
