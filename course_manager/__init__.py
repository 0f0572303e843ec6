"""Course Manager: the programme's whole record in one local SQLite file.

This package has no screen. The command line (``course_manager.cli``) and the desktop app
(``ui``) both work through :class:`course_manager.services.workspace.Workspace` and the services.
It never imports Qt.
"""


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
