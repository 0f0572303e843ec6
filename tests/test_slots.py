"""No button hands its checked flag to a slot that takes an optional argument.

``clicked``, ``triggered`` and ``toggled`` send a bool; connected straight to a method such as
``score_current(self, score=None)`` the bool arrives as the score (the Score… button once
recorded 0 without asking). Such slots are connected through a lambda instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIGNALS_WITH_BOOL = {"clicked", "triggered", "toggled"}


def _optional_methods(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            positional = node.args.posonlyargs + node.args.args
            if len(positional) > 1 and node.args.defaults:
                names.add(node.name)
    return names


def _bad_connections(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    optional = _optional_methods(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "connect" or not node.args:
            continue
        signal = node.func.value
        slot = node.args[0]
        if (
            isinstance(signal, ast.Attribute)
            and signal.attr in SIGNALS_WITH_BOOL
            and isinstance(slot, ast.Attribute)
            and isinstance(slot.value, ast.Name)
            and slot.value.id == "self"
            and slot.attr in optional
        ):
            found.append(f"{name}:{node.lineno}: {signal.attr} -> {slot.attr}")
    return found


def test_no_checked_flag_reaches_an_optional_argument() -> None:
    bad = [
        line
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for line in _bad_connections(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert bad == []


def test_the_check_finds_such_a_connection() -> None:
    sample = (
        "class Page:\n"
        "    def __init__(self, button):\n"
        "        button.clicked.connect(self.score_current)\n"
        "        button.clicked.connect(lambda: self.score_current())\n"
        "    def score_current(self, score=None):\n"
        "        pass\n"
    )
    assert _bad_connections(sample, "page.py") == ["page.py:3: clicked -> score_current"]
