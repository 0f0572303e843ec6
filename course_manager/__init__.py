"""Course Manager: the programme's whole record in one local SQLite file.

This package has no screen. The command line (``course_manager.cli``) and the desktop app
(``ui``) both work through :class:`course_manager.workspace.Workspace` and the services.
It never imports Qt.
"""

import sys


def __getattr__(name: str) -> str:
    """``__version__`` is looked up on first use: importlib.metadata costs ~0.3 s at start-up."""
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("course-manager")
        except metadata.PackageNotFoundError:  # a source tree without install, or a frozen build
            return _fallback_version()
    raise AttributeError(name)


def _fallback_version() -> str:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"


APP_NAME = "Course Manager"
APP_ID = "CourseManager"


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils with pandas and numpy hidden.

    sqlite-utils imports pandas and numpy eagerly when they are installed, only to map their
    scalar types to column types. That costs about 1.5 s on every start of the CLI and the app,
    and Course Manager never hands pandas or numpy values to sqlite-utils (importers convert rows
    to plain Python at their boundary). Anything that needs pandas later imports it normally.
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
