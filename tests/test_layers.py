"""The layering rules of STYLE.md, checked: the import contracts of pyproject.toml
(import-linter: ui -> cli -> services -> storage, importers, certificates, reports -> domain;
course_manager never imports ui; ui and the command line only through services), no Qt below
ui/, no SQL or pandas inside ui/.
"""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import course_manager
from course_manager.cli import COMMAND_MODULES

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the contracts in pyproject.toml (without its cache in the tree)."""
    code = "import sys; from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_course_manager_never_imports_ui() -> None:
    # Inside functions too: import-linter reads every import statement.
    result = lint_imports("--contract", "no-ui-below")
    assert result.returncode == 0, result.stdout + result.stderr


def test_course_manager_names_no_ui_module_for_importlib() -> None:
    # What import-linter cannot see: a module imported by its name in a string.
    named = re.compile(r"""["']ui(\.[\w.]+)?["']""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in (ROOT / "course_manager").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if named.search(line)
    ]
    assert offenders == []


def test_every_import_contract_holds() -> None:
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr


def test_importing_every_course_manager_module_does_not_import_qt() -> None:
    names = [m.name for m in pkgutil.walk_packages(course_manager.__path__, "course_manager.")]
    assert "course_manager.cli.cohorts" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    if name.endswith('__main__'): continue\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""


def test_cli_start_does_not_import_pandas_fpdf_or_nacl() -> None:
    code = (
        "import sys\n"
        "from course_manager.cli import build_parser\n"
        "build_parser()\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('pandas', 'fpdf', 'PySide6', 'nacl', 'cryptography'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""


_SQL = re.compile(r"\b(SELECT\s+\S+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.I)


def test_ui_has_no_sql_and_no_pandas() -> None:
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(import|from)\s+(pandas|sqlite3|sqlite_utils)\b", text, re.M):
            offenders.append(f"{path}: imports pandas/sqlite")
        if _SQL.search(text):
            offenders.append(f"{path}: contains SQL")
    assert offenders == []


_SQL_STATEMENT = re.compile(
    _SQL.pattern + r"|\bPRAGMA\s+\w+|\b(CREATE|DROP)\s+(TEMP\s+)?(TABLE|TRIGGER|INDEX|VIEW)\b", re.I
)


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant of a module except docstrings (which may name SQL in prose)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_sql_lives_in_storage_only() -> None:
    storage = ROOT / "course_manager" / "storage"
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for folder in (ROOT / "course_manager", ROOT / "ui")
        for path in folder.rglob("*.py")
        if storage not in path.parents
        for line, text in _string_literals(path)
        if _SQL_STATEMENT.search(text)
    ]
    assert offenders == []


def test_pandas_is_imported_only_by_importers_reports_and_exports() -> None:
    allowed = {"importers", "reports", "services"}
    offenders = []
    for path in (ROOT / "course_manager").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        imports_pandas = re.search(r"^\s*(import|from)\s+pandas\b", text, re.M)
        if imports_pandas and not allowed.intersection(path.relative_to(ROOT).parts):
            offenders.append(str(path))
    assert offenders == []


def _modules_after(code: str) -> set[str]:
    code += "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(result.stdout.split())


def test_storage_imports_sqlite_utils_without_pandas() -> None:
    # sqlite-utils would import pandas and numpy (~1.5 s) only to map their types.
    for module in ("course_manager.services.workspace", "course_manager.services.backup"):
        loaded = _modules_after(f"import {module}")
        assert "sqlite_utils" in loaded
        assert not {"pandas", "numpy"} & loaded, module


def test_starting_the_app_parses_without_the_command_modules() -> None:
    # The desktop app's first window comes before sqlite-utils and the command parsers load.
    loaded = _modules_after(
        "from course_manager.cli import parse_args\n"
        "args = parse_args(['--db', 'x.sqlite3', '-v'])\n"
        "assert args.db == 'x.sqlite3' and args.verbose and not getattr(args, 'command', None)\n"
    )
    assert "course_manager.cli.cohorts" not in loaded
    assert "sqlite_utils" not in loaded


def test_the_launcher_opens_the_app_before_the_command_modules_load() -> None:
    # The same through the program's entry point, up to the call that builds the window.
    loaded = _modules_after(
        "import ui.app\n"
        "ui.app.run_app = lambda db_path=None: print('OPEN', db_path)\n"
        "from ui.launcher import main\n"
        "main(['--db', 'x.sqlite3'])\n"
    )
    assert "OPEN" in loaded and "x.sqlite3" in loaded
    assert not set(COMMAND_MODULES) & loaded
    assert "sqlite_utils" not in loaded


def test_the_quick_parse_agrees_with_the_whole_parser() -> None:
    from course_manager.cli import build_parser, parse_args

    for argv in (
        [],
        ["--db", "a.sqlite3"],
        ["--db=a.sqlite3", "--debug"],
        ["-v"],
        ["--smoke-test"],
        ["--db", "a.sqlite3", "participants", "--json"],
        ["cohorts"],
    ):
        assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv)), argv


def test_the_quick_parse_leaves_errors_help_and_version_to_the_whole_parser(capsys) -> None:  # type: ignore[no-untyped-def]

    from course_manager.cli import build_parser, parse_args

    def outcome(parse):  # type: ignore[no-untyped-def]
        try:
            result = ("parsed", vars(parse()))
        except SystemExit as exc:
            result = ("exit", exc.code)
        out, err = capsys.readouterr()
        return result, out, err

    for argv in (
        ["participants", "--version"],
        ["report", "--vers"],
        ["cohort", "add", "--title", "--version"],
        ["participants", "--db"],
        ["participants", "--debug=1"],
        ["--version"],
        ["--db"],
        ["--bogus"],
        ["-vh"],
        ["--debug=1"],
        ["-h"],
        ["--db", "x", "--", "demo"],
    ):
        quick = outcome(lambda argv=argv: parse_args(argv))
        whole = outcome(lambda argv=argv: build_parser().parse_args(argv))
        assert quick == whole, argv
    with pytest.raises(SystemExit):
        parse_args(["participants", "--version"])
