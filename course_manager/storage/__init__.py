"""The SQLite file: opening, migrations, audit triggers, backups, one repository per aggregate.

Import sqlite-utils' ``Database`` from here, not from ``sqlite_utils``: this package imports
sqlite-utils with pandas and numpy hidden.
"""

import sys


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils with pandas and numpy hidden.

    sqlite-utils imports pandas and numpy eagerly when they are installed, only to map their
    scalar types to column types. That costs about 1.5 s on every start of the CLI and the app,
    and Course Manager never hands pandas or numpy values to sqlite-utils (importers convert rows
    to plain Python at their boundary). Anything that needs pandas later imports it normally.
    Done here rather than in ``course_manager/__init__``: the desktop app's window then appears
    before sqlite-utils is imported at all (its file is opened once the window is painted).
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes "import name" fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_pandas()

from sqlite_utils import Database  # noqa: E402

__all__ = ["Database"]
