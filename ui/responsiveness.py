"""Keeping the window's thread free while the database worker computes, and Qt's own
per-row work off big tables.

Python runs one thread at a time. When the worker builds 20,000 rows of plain values, the
interpreter's full garbage collections walk every object the app holds (Qt wrappers, modules,
the rows) while no other thread can run: hundreds of milliseconds in which the window cannot
repaint. Fewer, cheaper collections fix that: a larger young generation (collections of many
short-lived rows are rare and quick) and, once the window is up, everything alive at start-up
moved out of the collector's sight (``gc.freeze``: modules and classes are never garbage).
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import QTableView

#: Young-generation allocations between collections (Python's default is 700), then how many
#: young and middle collections before an older one (defaults 10 and 10).
THRESHOLDS = (50_000, 20, 100)
#: How long a thread holding the interpreter runs before one waiting for it gets its turn
#: (Python's default is 5 ms). The window's thread takes the interpreter back for every
#: ``data()`` Qt asks of a model while painting, hundreds of times a paint: behind a busy
#: worker each of those waits could be a whole interval.
SWITCH_INTERVAL_S = 0.001

_tuned = False


def tune_garbage_collection() -> None:
    """Collect less often, and hand the interpreter to the window sooner (once per process;
    the app and the benchmarks call it)."""
    global _tuned
    if _tuned:
        return
    _tuned = True
    gc.set_threshold(*THRESHOLDS)
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_startup_objects() -> None:
    """Move what is alive now (modules, classes, the window) out of future full collections.

    (No collection first: a full one here would itself hold up the window's first moments.)
    """
    gc.freeze()


def unhook_header_from_selection(view: QTableView) -> None:
    """Give ``view``'s column header a selection of its own, always empty.

    A header paints each section knowing whether its neighbours are whole selected columns,
    and Qt finds that out by asking the model for the flags of every row of the column: after
    Select All in a 20,000-row table that is 20,000 calls into Python per column, seconds on
    the window's thread (even with ``setHighlightSections(False)``). The view's own selection
    (what the user selected) is untouched; only the header's bold "selected column" look goes.
    Call again after ``setModel`` or ``setSelectionModel`` (they hand the view's selection to
    the header again).
    """
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    header.setSelectionModel(QItemSelectionModel(model, header))


class OneCallPerCell:
    """A table model mix-in: every role Qt asks of a cell, answered in one call into Python.

    Qt 6's item delegate asks about seven roles of each cell it paints at once (``multiData``);
    the default answers each with its own ``data()`` call, and each call into Python from the
    window's thread has to take the interpreter, behind a busy worker up to a switch interval
    each (:data:`SWITCH_INTERVAL_S`). Put it before ``QAbstractTableModel`` in the bases.
    """

    def multiData(
        self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: QModelRoleDataSpan
    ) -> None:  # noqa: N802
        data = self.data  # type: ignore[attr-defined]
        for role_data in roleDataSpan:
            value = data(index, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)
