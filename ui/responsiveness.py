"""Keeping the window's thread free while the database worker computes.

Python runs one thread at a time. When the worker builds 20,000 rows of plain values, the
interpreter's full garbage collections walk every object the app holds (Qt wrappers, modules,
the rows) while no other thread can run: hundreds of milliseconds in which the window cannot
repaint. Fewer, cheaper collections fix that: a larger young generation (collections of many
short-lived rows are rare and quick) and, once the window is up, everything alive at start-up
moved out of the collector's sight (``gc.freeze``: modules and classes are never garbage).
"""

from __future__ import annotations

import gc

#: Young-generation allocations between collections (Python's default is 700), then how many
#: young and middle collections before an older one (defaults 10 and 10).
THRESHOLDS = (50_000, 20, 100)

_tuned = False


def tune_garbage_collection() -> None:
    """Collect less often (once per process; the app and the benchmarks call it)."""
    global _tuned
    if _tuned:
        return
    _tuned = True
    gc.set_threshold(*THRESHOLDS)


def freeze_startup_objects() -> None:
    """Move what is alive now (modules, classes, the window) out of future full collections.

    (No collection first: a full one here would itself hold up the window's first moments.)
    """
    gc.freeze()
