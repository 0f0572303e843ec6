"""Damage of every kind, chosen by a seeded random generator: every command answers with its
result or with one ``error:`` line (never a traceback), a read never changes the damaged file,
and ``restore`` of the backup it names brings the programme back."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_helpers import count, integrity

from course_manager.errors import DamagedFileError
from course_manager.services.workspace import Workspace
from course_manager.storage.backup import create_backup, newest_backup

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "databases" / "schema-1.sqlite3"
PAGE = 4096


def _header_bytes(data: bytearray, rnd: random.Random, _wal: bytes) -> bytes | None:
    for _ in range(rnd.randint(1, 8)):
        data[rnd.randrange(16, 100)] = rnd.randrange(256)
    return None


def _schema_page(data: bytearray, rnd: random.Random, _wal: bytes) -> bytes | None:
    """The names and SQL of the tables garbled (SQLite's messages then hold raw bytes)."""
    for _ in range(rnd.choice([10, 100, 1000])):
        data[rnd.randrange(100, PAGE)] = rnd.randrange(256)
    return None


def _middle_pages(data: bytearray, rnd: random.Random, _wal: bytes) -> bytes | None:
    start = rnd.choice([PAGE, len(data) // 4, len(data) // 2])
    for _ in range(rnd.choice([1, 10, 100, 1000])):
        data[rnd.randrange(start, len(data))] = rnd.randrange(256)
    return None


def _truncated(data: bytearray, rnd: random.Random, _wal: bytes) -> bytes | None:
    cut = rnd.choice([rnd.randrange(PAGE, len(data)), PAGE * rnd.randrange(1, len(data) // PAGE)])
    del data[cut:]
    return None


def _zeroed(data: bytearray, rnd: random.Random, _wal: bytes) -> bytes | None:
    first = rnd.randrange(0, len(data) // PAGE)
    pages = rnd.randint(1, 8)
    end = min(len(data), (first + pages) * PAGE)
    data[first * PAGE : end] = bytes(end - first * PAGE)
    return None


def _wal_beside(data: bytearray, rnd: random.Random, wal: bytes) -> bytes | None:
    """A -wal file beside the file: damaged, cut short, or random bytes."""
    kind = rnd.choice(["damaged", "cut", "random"])
    out = bytearray(wal)
    if kind == "damaged":
        for _ in range(rnd.choice([1, 10, 100])):
            out[rnd.randrange(32, len(out))] = rnd.randrange(256)
    elif kind == "cut":
        del out[rnd.randrange(32, len(out)) :]
    else:
        out = bytearray(rnd.randbytes(len(wal)))
    if rnd.random() < 0.5:  # and some damage in the file too
        data[rnd.randrange(PAGE, len(data))] = rnd.randrange(256)
    return bytes(out)


DAMAGE: dict[str, Callable[[bytearray, random.Random, bytes], bytes | None]] = {
    f.__name__.strip("_"): f
    for f in (_header_bytes, _schema_page, _middle_pages, _truncated, _zeroed, _wal_beside)
}
SEEDS = range(6)


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A programme file (an earlier version's, brought up to date) and a -wal of a change."""
    folder = tmp_path_factory.mktemp("sound")
    path = folder / "programme.sqlite3"
    shutil.copyfile(FIXTURE, path)
    Workspace.open(path).close()
    copy = folder / "copy.sqlite3"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE participant SET notes = 'changed in the WAL'")
    conn.commit()
    wal = Path(f"{copy}-wal").read_bytes()
    conn.close()
    return path, wal


def _one_error_line(err: str) -> None:
    assert err.startswith("error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


READS = [
    ("participants", "--json"),
    ("cohorts", "--json"),
    ("report", "--all", "--out", "{tmp}/report.xlsx"),
    ("audit",),
    ("verify", "ABCD-EFGH"),
    ("check",),
]
WRITES = [("participant", "add", "--name", "Nino Beridze")]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_every_command_answers_a_damaged_file_and_restore_brings_it_back(
    tmp_path: Path,
    sound: tuple[Path, bytes],
    cli,  # type: ignore[no-untyped-def]
    damage: str,
    seed: int,
) -> None:
    source, wal = sound
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(source, path)
    people = count(path, "SELECT COUNT(*) FROM participant")
    with Workspace.open(path) as ws:
        create_backup(ws.db, path, reason="before-import")
    backup = newest_backup(path)
    assert backup is not None

    rnd = random.Random(f"{damage}-{seed}")
    data = bytearray(path.read_bytes())
    wal_bytes = DAMAGE[damage](data, rnd, wal)
    path.write_bytes(bytes(data))
    if wal_bytes is not None:
        Path(f"{path}-wal").write_bytes(wal_bytes)

    for command in READS + WRITES:
        before = path.read_bytes()
        args = [a.replace("{tmp}", str(tmp_path)) for a in command]
        r = cli(*args, db=path)  # (an exception escaping main() fails the test)
        if r.code in (0, 1) and command[0] in ("verify", "check"):
            continue  # an answer: genuine/rejected, sound/damaged
        if r.code == 0:
            continue  # the damage is where this command does not look
        _one_error_line(r.err)
        assert str(path) in r.err
        if "damaged" in r.err:
            assert f'restore "{backup}"' in r.err or "no sound backup" in r.err, r.err
        if command in READS or "damaged" in r.err:
            assert path.read_bytes() == before

    r = cli("restore", str(backup), db=path)
    assert r.code == 0, r.err
    assert integrity(path) == "ok"
    assert count(path, "SELECT COUNT(*) FROM participant") == people
    assert cli("participants", "--json", db=path).code == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_the_app_gets_one_damaged_file_error_for_a_garbled_schema(
    tmp_path: Path, sound: tuple[Path, bytes], seed: int
) -> None:
    """The app's open: DamagedFileError (its restore dialog), never a UnicodeDecodeError."""
    source, wal = sound
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(source, path)
    data = bytearray(path.read_bytes())
    _schema_page(data, random.Random(seed), wal)
    path.write_bytes(bytes(data))
    try:
        with Workspace.open(path) as ws:
            ws.participants.list()
            ws.cohorts.list()
    except DamagedFileError:
        pass


def test_a_garbled_schema_used_to_crash_with_a_unicode_error(
    tmp_path: Path,
    sound: tuple[Path, bytes],
    cli,  # type: ignore[no-untyped-def]
) -> None:
    """The case of the issue: SQLite's message about the damage holds raw bytes."""
    source, _wal = sound
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(source, path)
    with Workspace.open(path) as ws:
        backup = create_backup(ws.db, path, reason="before-import")
    data = bytearray(path.read_bytes())
    # a table's SQL text in the schema page, made into invalid UTF-8
    at = data.index(b"CREATE TABLE cohort (")
    data[at + 7 : at + 12] = b"\xd9\xd9\xd9\xd9\xd9"
    path.write_bytes(bytes(data))
    for command in (("participants", "--json"), ("cohorts",), ("check",)):
        r = cli(*command, db=path)
        assert r.code in (1, 2), (r.out, r.err)
        assert "Traceback" not in r.err
        if command != ("check",):
            _one_error_line(r.err)
            assert "damaged" in r.err and f'restore "{backup}"' in r.err
    r = cli("restore", str(backup), db=path)
    assert r.code == 0, r.err
    assert integrity(path) == "ok"


def _leaf_pages(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
        ).fetchall()
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    return [r[0] for r in rows]


@pytest.mark.parametrize(
    ("table", "value", "damaged", "command"),
    [
        ("attendance", b"present", b"(resent", ("report", "--all", "--out", "{tmp}/r.xlsx")),
        ("enrollment", b"enrolled", b"e\x15rolled", ("cohorts",)),
    ],
    ids=["attendance-status", "enrollment-status"],
)
def test_a_changed_byte_inside_a_value_is_reported_as_damage(
    tmp_path: Path,
    sound: tuple[Path, bytes],
    cli,  # type: ignore[no-untyped-def]
    table: str,
    value: bytes,
    damaged: bytes,
    command: tuple[str, ...],
) -> None:
    """SQLite reads such a file without complaint; the code reading the value used to stop
    with a ValueError traceback."""
    source, _wal = sound
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(source, path)
    with Workspace.open(path) as ws:
        backup = create_backup(ws.db, path, reason="before-import")
    data = bytearray(path.read_bytes())
    page = _leaf_pages(path, table)[0]  # a page of the table's rows
    at = data.index(value, (page - 1) * PAGE, page * PAGE)
    data[at : at + len(value)] = damaged
    path.write_bytes(bytes(data))
    r = cli(*[a.replace("{tmp}", str(tmp_path)) for a in command], db=path)
    assert r.code == 2, (r.out, r.err)
    _one_error_line(r.err)
    assert "damaged" in r.err and f'restore "{backup}"' in r.err
    r = cli("check", db=path)
    assert r.code == 1 and "CHECK constraint failed" in r.out
