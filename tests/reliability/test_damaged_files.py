"""Damaged files: a clear message, no traceback, nothing made worse, the newest backup offered."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reliability_helpers import count, integrity, run_cli

from course_manager.domain.models import Participant
from course_manager.errors import DamagedFileError, DatabaseError
from course_manager.paths import backups_dir
from course_manager.services.backup import newest_backup
from course_manager.services.workspace import Workspace
from course_manager.storage.backup import create_backup, list_backups

PAGE = 4096


def _truncate_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _truncate_in_header(data: bytes) -> bytes:
    return data[:60]


def _truncate_to_first_page(data: bytes) -> bytes:
    return data[:PAGE]


def _random_bytes(data: bytes) -> bytes:
    return os.urandom(len(data))


def _header_then_garbage(data: bytes) -> bytes:
    return data[:100] + os.urandom(len(data) - 100)


def _scrambled_table_pages(data: bytes) -> bytes:
    """The schema page survives; the pages after it do not (a dying USB stick)."""
    return data[: 2 * PAGE] + os.urandom(len(data) - 2 * PAGE)


def _a_spreadsheet(data: bytes) -> bytes:
    return b"PK\x03\x04" + os.urandom(2000)


def _a_csv(data: bytes) -> bytes:
    return "ФИО,email\nАйбек,aibek@gov.kg\n".encode()


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    f.__name__.strip("_"): f
    for f in (
        _truncate_half,
        _truncate_in_header,
        _truncate_to_first_page,
        _random_bytes,
        _header_then_garbage,
        _scrambled_table_pages,
        _a_spreadsheet,
        _a_csv,
    )
}


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A demo programme in one file (no -wal beside it), with one sound backup."""
    from course_manager.services.demo import load_demo

    path = tmp_path / "pilot.sqlite3"
    with Workspace.open(path) as ws:
        load_demo(ws)
        create_backup(ws.db, path, reason="before-import")
    assert not Path(f"{path}-wal").exists()
    return path


def one_error_line(err: str) -> None:
    assert err.startswith("error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize(
    "command",
    [("participants", "--json"), ("participant", "add", "--name", "Nino Beridze"), ("cohorts",)],
)
def test_a_damaged_file_gives_one_error_line_and_is_left_as_it_was(
    demo_file: Path,
    cli,
    damage: str,
    command: tuple[str, ...],  # type: ignore[no-untyped-def]
) -> None:
    damaged = DAMAGE[damage](demo_file.read_bytes())
    demo_file.write_bytes(damaged)
    r = cli(*command, db=demo_file)
    assert r.code == 2, (r.out, r.err)
    one_error_line(r.err)
    assert r.out == ""
    assert demo_file.read_bytes() == damaged
    if damage not in ("a_csv", "a_spreadsheet"):
        assert "damaged" in r.err or "not a Course Manager file" in r.err
    good = newest_backup(demo_file)
    assert good is not None and f'restore "{good}"' in r.err  # the way out, spelled out


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_the_app_gets_a_damaged_file_error_and_the_newest_backup(
    demo_file: Path, damage: str
) -> None:
    demo_file.write_bytes(DAMAGE[damage](demo_file.read_bytes()))
    with pytest.raises(DamagedFileError), Workspace.open(demo_file) as ws:
        ws.participants.list()  # some damage only shows when the data is read
        ws.cohorts.list()
    backup = newest_backup(demo_file)
    assert backup is not None and integrity(backup) == "ok"


def test_restoring_the_offered_backup_brings_the_file_back(demo_file: Path) -> None:
    people = count(demo_file, "SELECT COUNT(*) FROM participant")
    demo_file.write_bytes(_scrambled_table_pages(demo_file.read_bytes()))
    r = run_cli("--db", str(demo_file), "participants", "--json")
    assert r.returncode == 2
    offered = r.stderr.split('restore "')[1].split('"')[0]
    r = run_cli("--db", str(demo_file), "restore", offered)
    assert r.returncode == 0, r.stderr
    assert integrity(demo_file) == "ok"
    assert count(demo_file, "SELECT COUNT(*) FROM participant") == people


def test_a_damaged_backup_is_never_offered(demo_file: Path) -> None:
    with Workspace.open(demo_file) as ws:
        newer = create_backup(ws.db, demo_file, reason="before-certificates")
    newer.write_bytes(_truncate_half(newer.read_bytes()))
    newest_first = list_backups(demo_file)
    assert newest_first[0] == newer and len(newest_first) >= 2
    assert newest_backup(demo_file) == newest_first[1]


# -- read-only -------------------------------------------------------------------------------


def _without_root_override() -> list[str]:
    """Prefix that makes root obey file permissions, as every office user does."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip(
            "running as root and setpriv (util-linux) is missing: cannot drop the "
            "capability that lets root write read-only files"
        )
    caps = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]


@pytest.mark.parametrize("folder_writable", [True, False], ids=["file", "file-and-folder"])
def test_a_read_only_file_can_be_read_and_refuses_changes_clearly(
    demo_file: Path, folder_writable: bool
) -> None:
    prefix = _without_root_override()
    for extra in backups_dir(demo_file).iterdir():
        extra.unlink()
    backups_dir(demo_file).rmdir()
    demo_file.chmod(0o444)
    if not folder_writable:
        demo_file.parent.chmod(0o555)
    before = demo_file.read_bytes()
    try:
        env_cmd = [*prefix, "env", f"PYTHONPATH={Path(__file__).resolve().parents[2]}"]
        read = subprocess.run(
            [
                *env_cmd,
                _python(),
                "-m",
                "course_manager",
                "--db",
                str(demo_file),
                "participants",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert read.returncode == 0, read.stderr
        assert read.stderr == ""
        write = subprocess.run(
            [
                *env_cmd,
                _python(),
                "-m",
                "course_manager",
                "--db",
                str(demo_file),
                "participant",
                "add",
                "--name",
                "Ани Петросян",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert write.returncode == 2
        one_error_line(write.stderr)
        assert "read-only" in write.stderr
    finally:
        demo_file.parent.chmod(0o755)
        demo_file.chmod(0o644)
    assert demo_file.read_bytes() == before
    assert "Ани Петросян" not in read.stdout


def _python() -> str:
    import sys

    return sys.executable


# -- full disk --------------------------------------------------------------------------------


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 2 MiB filesystem (tmpfs), mounted for the test when the system allows it."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small filesystem needs root to mount a tmpfs; not root here")
    folder = Path(tempfile.mkdtemp(prefix="cm-small-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"mounting a small tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        with contextlib.suppress(OSError):
            folder.rmdir()


def _fill(folder: Path) -> None:
    """Take every free byte, the way a disk fills up."""
    with contextlib.suppress(OSError), (folder / "filler.bin").open("wb", buffering=0) as fh:
        while True:
            fh.write(b"\0" * 4096)


def test_a_full_disk_stops_the_write_cleanly_and_keeps_what_was_saved(
    small_disk: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    path = small_disk / "programme.sqlite3"
    # Other files on the disk, deleted at the end to free real room: enough for SQLite to move
    # the write-ahead log (what was saved while the disk filled) into the file, which it must
    # do before anything else can be written.
    (small_disk / "reserve.bin").write_bytes(b"\0" * 1024 * 1024)
    ws = Workspace.open(path)
    saved = 0
    with pytest.raises(DatabaseError, match="full") as info:
        while True:
            with ws.transaction():
                for _ in range(25):
                    ws.participants.add(Participant(full_name="Ә" * 300 + str(saved)))
                    saved += 1
    assert "nothing was changed" in str(info.value)
    kept = ws.participants.count()
    assert kept % 25 == 0 and kept > 0  # whole transactions only
    ws.close()
    assert integrity(path) == "ok"
    assert count(path, "SELECT COUNT(*) FROM participant") == kept

    _fill(small_disk)
    r = cli("participant", "add", "--name", "Ә" * 3000, db=path)
    assert r.code == 2
    one_error_line(r.err)
    assert "full" in r.err
    r = cli("backup", db=path)  # a backup that cannot be written leaves nothing behind
    assert r.code == 2
    one_error_line(r.err)
    assert list_backups(path) == []
    assert not any(backups_dir(path).glob(".*partial"))
    (small_disk / "filler.bin").unlink()
    (small_disk / "reserve.bin").unlink()
    assert integrity(path) == "ok"
    assert count(path, "SELECT COUNT(*) FROM participant") == kept
    assert cli("participant", "add", "--name", "After space was freed", db=path).code == 0
