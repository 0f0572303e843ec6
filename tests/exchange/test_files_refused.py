"""A file that is not an exchange file of this programme -- altered, another programme's,
something else -- is refused whole: exit 2, one error line, nothing changed. And --dry-run
changes nothing either; the audit trail names the office and the file a change came with."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import Office, Run

COHORT = "2026-AST-01"


def _fingerprint(office: Office) -> tuple[Any, ...]:
    last = office.ok("audit", "--limit", "1")
    return office.state(), last, office.ok("exchange", "conflicts")


@pytest.fixture
def pair(hub: Office, clone: Callable[..., Office], tmp_path: Path) -> tuple[Office, Office, Path]:
    tash = clone("Tashkent")
    tash.ok("participant", "add", "--name", "From Tashkent", "--email", "t@gov.uz")
    tash.ok("participant", "edit", "ana.ciobanu@gov.md", "--organization", "Changed There")
    hub.ok("participant", "edit", "ana.ciobanu@gov.md", "--organization", "Changed Here")
    return hub, tash, tash.export(tmp_path / "tash.cmx")


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_an_altered_exchange_file_is_refused_and_nothing_changes(
    pair: tuple[Office, Office, Path], tmp_path: Path
) -> None:
    hub, _tash, good = pair
    data = good.read_bytes()
    header_end = data.index(b"\n", len(b"COURSE-MANAGER-EXCHANGE 1\n"))
    signature_end = data.index(b"\n", header_end + 1)
    before = _fingerprint(hub)
    for where, altered in {
        "body": _flip(data, len(data) - 10),
        "header": data.replace(b'"office_name": "Tashkent"', b'"office_name": "Tashkenu"'),
        "signature": _flip(data, signature_end - 5),
        "cut": data[: len(data) // 2],
    }.items():
        bad = tmp_path / f"{where}.cmx"
        bad.write_bytes(altered)
        r = hub("exchange", "import", str(bad), "--json")
        assert r.code == 2 and r.out == "", where
        assert r.err.startswith("error: ") and len(r.err.strip().splitlines()) == 1
        assert "altered or damaged" in r.err, where
    assert _fingerprint(hub) == before
    # the genuine file still goes in
    code, result = hub.import_(good)
    assert code == 1 and result["applied"] > 0


def test_files_that_are_not_this_programmes_exchange_files_are_refused(
    pair: tuple[Office, Office, Path], tmp_path: Path, run_cli: Callable[..., Run]
) -> None:
    hub, _tash, good = pair
    other = Office(tmp_path / "other.sqlite3", run_cli)
    assert other("programme", "add", "--code", "OTHER", "--name-en", "Another programme").code == 0
    foreign = other.export(tmp_path / "other.cmx")
    not_one = tmp_path / "notes.txt"
    not_one.write_text("hello\n")
    before = _fingerprint(hub)
    for path, words in [
        (foreign, "another programme"),
        (not_one, "not a Course Manager exchange file"),
        (tmp_path / "missing.cmx", "not a Course Manager exchange file"),
        (hub.path, "not a Course Manager exchange file"),
    ]:
        r = hub("exchange", "import", str(path))
        assert r.code == 2 and words in r.err, r.err
    assert _fingerprint(hub) == before
    fresh = Office(tmp_path / "fresh.sqlite3", run_cli)
    assert fresh("programme", "add", "--code", "FRESH", "--name-en", "Fresh").code == 0
    r = fresh("exchange", "import", str(good))
    assert r.code == 2 and "takes part in no exchange" in r.err


def test_dry_run_reports_and_changes_nothing(pair: tuple[Office, Office, Path]) -> None:
    hub, _tash, good = pair
    before = _fingerprint(hub)
    r = hub("exchange", "import", str(good), "--dry-run", "--json")
    assert r.code == 1
    dry = r.json()
    assert dry["applied"] > 0 and len(dry["conflicts"]) == 1
    assert _fingerprint(hub) == before
    code, real = hub.import_(good)
    assert (code, real["applied"], len(real["conflicts"])) == (1, dry["applied"], 1)


def test_the_audit_trail_names_the_office_and_the_exchange_file(
    pair: tuple[Office, Office, Path],
) -> None:
    hub, _tash, good = pair
    hub.import_(good)
    entries = hub.ok("audit", "--table", "participant", "--limit", "50")
    brought = [e for e in entries if e["office"] == "Tashkent"]
    assert brought and {e["exchange_file"] for e in brought} == {"tash.cmx"}
    assert any(e["action"] == "insert" for e in brought)
    mine = [e for e in entries if e["new_value"] == "Changed Here"]
    assert mine and mine[0]["office"] is None  # a change made here names no office
