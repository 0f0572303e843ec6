"""Every file the program writes appears whole or not at all, private, and is checked first.

- A full output disk: one ``error:`` line naming the folder on that disk (not the database's),
  exit 2, no traceback, no 0-byte or partial file, nothing issued, a previous file untouched.
- An output that cannot be written is refused before anything changes (no backup, no key, no
  certificate in the register).
- Files the program writes are 0600 and folders it creates 0700, whatever the umask.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from course_manager.paths import backups_dir, keys_dir

COHORT = "2026-AST-01"
POSIX = os.name == "posix"


def one_error_line(err: str) -> str:
    assert err.startswith("error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def _mount_tmpfs(options: str) -> Iterator[Path]:
    if not POSIX or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small filesystem needs root to mount a tmpfs; not root here")
    folder = Path(tempfile.mkdtemp(prefix="cm-output-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
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


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 384 KiB filesystem: too small for a cohort's certificates."""
    yield from _mount_tmpfs("size=384k")


@pytest.fixture
def read_only_disk() -> Iterator[Path]:
    yield from _mount_tmpfs("ro,size=16k")


def _fill(folder: Path) -> Path:
    """Take every free byte, the way a disk fills up."""
    filler = folder / "filler.bin"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
        while True:
            fh.write(b"\0" * 4096)
    return filler


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def demo(cli: Any, db_path: Path) -> Any:
    assert cli("demo").code == 0
    return cli


def _register(cli: Any) -> list[Any]:
    r = cli("certificates", "list", "--json")
    assert r.code == 0, r.err
    rows: list[Any] = r.json()
    return rows


# -- a full output disk -------------------------------------------------------------------------


def test_certificates_on_a_full_disk_name_that_disk_and_leave_nothing(
    demo: Any, db_path: Path, small_disk: Path
) -> None:
    out = small_disk / "certs"
    r = demo("certificates", "issue", "--cohort", COHORT, "--out", out, "--zip", "batch")
    assert r.code == 2
    one_error_line(r.err)
    assert "full" in r.err and str(out) in r.err
    assert str(db_path.parent) + os.sep not in r.err.replace(str(out), "")  # not the database's
    assert _files(small_disk) == [], "no 0-byte, partial or orphan file"
    assert not out.exists(), "no empty folder left either"
    assert _register(demo) == [], "nothing issued"

    # a merged file only, on a disk that is already full: the same
    filler = _fill(small_disk)
    r = demo("certificates", "issue", "--cohort", COHORT, "--out", out, "--merged-only")
    assert r.code == 2
    one_error_line(r.err)
    assert "full" in r.err and str(out) in r.err
    assert _files(small_disk) == [filler]
    assert _register(demo) == []
    filler.unlink()
    r = demo("certificates", "issue", "--cohort", COHORT, "--out", out, "--merged-only")
    assert r.code == 0, r.err
    assert _register(demo)


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("key.pem", ["certificates", "export-key", "{out}"]),
        ("people.csv", ["participants", "--csv", "{out}"]),
        ("people.xlsx", ["participants", "--xlsx", "{out}"]),
        ("report.xlsx", ["report", "--all", "--out", "{out}"]),
        ("signin.pdf", ["signin-sheet", "--cohort", COHORT, "--module", "M1", "--out", "{out}"]),
    ],
)
def test_a_full_disk_keeps_the_previous_file_and_leaves_no_partial_one(
    demo: Any, small_disk: Path, name: str, command: list[str]
) -> None:
    out = small_disk / name
    argv = [c.replace("{out}", str(out)) for c in command]
    first = demo(*argv)
    assert first.code == 0, first.err
    before = out.read_bytes()
    assert before
    assert demo("participant", "add", "--name", "Later Person", "--cohort", COHORT).code == 0
    filler = _fill(small_disk)
    r = demo(*argv)
    assert r.code == 2
    one_error_line(r.err)
    assert "full" in r.err and str(small_disk) in r.err and name in r.err
    assert out.read_bytes() == before, "the previous file is untouched"
    assert sorted(_files(small_disk)) == sorted([filler, out]), "no temporary file left"


def test_a_failed_write_removes_its_temporary_file(
    demo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same without a small disk: the disk fills up while the file is synced."""
    from course_manager import fileio

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "people.csv"
    out.write_text("previous export\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert demo("certificates", "export-key", tmp_path / "made-the-key.pem").code == 0
    monkeypatch.setattr(fileio.os, "fsync", full)
    for argv in (
        ["participants", "--csv", out],
        ["certificates", "export-key", out_dir / "key.pem"],
        ["report", "--all", "--out", out_dir / "report.xlsx"],
    ):
        r = demo(*argv)
        assert r.code == 2
        one_error_line(r.err)
        assert f"The disk holding {out_dir} is full" in r.err
    r = demo("certificates", "issue", "--cohort", COHORT, "--out", out_dir / "certs")
    assert r.code == 2
    one_error_line(r.err)
    assert f"The disk holding {out_dir / 'certs'} is full" in r.err
    assert _register(demo) == []
    assert [p.name for p in _files(out_dir)] == ["people.csv"]
    assert out.read_text(encoding="utf-8") == "previous export\n"


# -- outputs checked before anything changes -------------------------------------------------------


def _state(db_path: Path) -> tuple[list[str], list[str]]:
    """The backups and keys beside the file (after the day's first backup: opening the file
    makes that one)."""
    backups = backups_dir(db_path)
    keys = keys_dir(db_path)
    return (
        sorted(p.name for p in backups.iterdir()) if backups.is_dir() else [],
        sorted(p.name for p in keys.rglob("*")) if keys.is_dir() else [],
    )


def test_certificates_to_a_folder_that_cannot_be_made_change_nothing(
    demo: Any, db_path: Path, tmp_path: Path
) -> None:
    in_the_way = tmp_path / "a-file.txt"
    in_the_way.write_text("not a folder", encoding="utf-8")
    assert _register(demo) == []
    before = _state(db_path)
    ok, merged = tmp_path / "ok", in_the_way / "all.pdf"
    for argv in (
        ["certificates", "issue", "--cohort", COHORT, "--out", in_the_way / "certs"],
        ["certificates", "issue", "--cohort", COHORT, "--out", in_the_way],
        ["certificates", "issue", "--cohort", COHORT, "--out", ok, "--merged", merged],
    ):
        r = demo(*argv)
        assert r.code == 2, r.err
        one_error_line(r.err)
        assert "is not a folder" in r.err
        assert _state(db_path) == before, "no backup, no key made"
        assert _register(demo) == []
    assert not (tmp_path / "ok").exists()


def test_certificates_to_a_read_only_disk_change_nothing(
    demo: Any, db_path: Path, read_only_disk: Path
) -> None:
    assert _register(demo) == []
    before = _state(db_path)
    r = demo("certificates", "issue", "--cohort", COHORT, "--out", read_only_disk / "certs")
    assert r.code == 2
    one_error_line(r.err)
    assert "read-only" in r.err and str(read_only_disk) in r.err
    assert _state(db_path) == before
    assert _register(demo) == []


def test_a_key_export_to_a_missing_folder_is_refused_before_the_key_is_made(
    demo: Any, db_path: Path, tmp_path: Path
) -> None:
    assert not keys_dir(db_path).exists()
    r = demo("certificates", "export-key", tmp_path / "no" / "such" / "key.pem")
    assert r.code == 2
    one_error_line(r.err)
    assert f"The folder {tmp_path / 'no' / 'such'} does not exist." in r.err
    assert not keys_dir(db_path).exists()
    r = demo("certificates", "export-key", tmp_path)
    assert r.code == 2
    one_error_line(r.err)
    assert "is a folder" in r.err


@pytest.mark.parametrize(
    "argv",
    [
        ["participants", "--csv", "/no/such/folder/x.csv"],
        ["participants", "--xlsx", "/no/such/folder/x.xlsx"],
        ["report", "--all", "--out", "/no/such/folder/x.xlsx"],
        ["signin-sheet", "--cohort", COHORT, "--module", "M1", "--out", "/no/such/folder/x.pdf"],
    ],
)
def test_an_export_to_a_missing_folder_is_one_error_line(demo: Any, argv: list[str]) -> None:
    r = demo(*argv)
    assert r.code == 2
    one_error_line(r.err)
    assert "/no/such/folder does not exist" in r.err
    assert not Path("/no/such/folder").exists()


# -- private by default ---------------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_files_written_are_owner_only_whatever_the_umask(
    demo: Any, tmp_path: Path, open_umask: None
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    certs = out / "certs"
    assert demo("participants", "--csv", out / "p.csv", "--xlsx", out / "p.xlsx").code == 0
    assert demo("certificates", "export-key", out / "key.pem").code == 0
    assert demo("report", "--all", "--out", out / "report.xlsx").code == 0
    r = demo("signin-sheet", "--cohort", COHORT, "--module", "M1", "--out", out / "s.pdf")
    assert r.code == 0, r.err
    r = demo("certificates", "issue", "--cohort", COHORT, "--out", certs, "--zip", "batch")
    assert r.code == 0, r.err
    roster = tmp_path / "roster.csv"
    roster.write_text("Full name,E-mail\nA Person,not-an-address\n", encoding="utf-8")
    r = demo("import", roster, "--rejects", out / "rejects.csv")
    assert r.code == 0, r.err

    written = _files(out)
    names = {p.name for p in written}
    assert {"p.csv", "p.xlsx", "key.pem", "report.xlsx", "s.pdf", "rejects.csv"} <= names
    assert {"batch.zip", f"{COHORT}-certificates.pdf"} <= names
    assert len([n for n in names if n.endswith(".pdf")]) > 3
    loose = {p.name: oct(_mode(p)) for p in written if _mode(p) != 0o600}
    assert not loose, f"readable by others: {loose}"
    assert _mode(certs) == 0o700
    assert _mode(out) == 0o755, "a folder that existed is left as it was"


# -- formula neutralisation ----------------------------------------------------------------------

LOOK_ALIKES = [
    "\uff1d1+1",  # full-width =
    "\uff0bSUM(1;2)",  # full-width +
    "\uff0d2+3",  # full-width -
    "\uff20SUM(A1)",  # full-width @
    "\ufe66HYPERLINK(1)",  # small =
    "\u22121\u22121",  # minus signs
    "-1-1",
    "+7 701 123-45-67",
]


def _csv_cells(path: Path) -> list[str]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def test_csv_exports_neutralise_look_alike_formulas_and_import_back_unchanged(
    demo: Any, tmp_path: Path
) -> None:
    for i, text in enumerate(LOOK_ALIKES):
        r = demo(
            "participant", "add", "--name", f"Person {i}", f"--organization={text}",
            f"--notes={text}", "--email", f"look{i}@example.org", "--cohort", COHORT,
        )  # fmt: skip
        assert r.code == 0, r.err
    r = demo("participant", "add", "--name", "Plain", "--organization=-5",
             "--email", "plain@example.org")  # fmt: skip
    assert r.code == 0, r.err
    out = tmp_path / "people.csv"
    assert demo("participants", "--csv", out).code == 0
    cells = _csv_cells(out)
    for text in LOOK_ALIKES:
        assert text not in cells, f"{text!r} written as is"
        assert "'" + text in cells
    assert "-5" in cells, "a plain number stays a number"

    copy = tmp_path / "copy.sqlite3"
    r = demo("import", out, db=copy)
    assert r.code == 0, r.err
    people = {p["email"]: p for p in demo("participants", "--json", db=copy).json()}
    for i, text in enumerate(LOOK_ALIKES):
        assert people[f"look{i}@example.org"]["organization"] == text
    assert people["plain@example.org"]["organization"] == "-5"


def test_the_report_neutralises_look_alike_formulas(demo: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    for i, text in enumerate(LOOK_ALIKES):
        r = demo("participant", "add", "--name", f"Person {i}", f"--organization={text}",
                 "--email", f"look{i}@example.org", "--cohort", COHORT)  # fmt: skip
        assert r.code == 0, r.err
    out = tmp_path / "report.xlsx"
    assert demo("report", "--cohort", COHORT, "--out", out).code == 0
    texts = {
        c.value
        for sheet in load_workbook(out).worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str)
    }
    for text in LOOK_ALIKES:
        assert text not in texts, f"{text!r} written as is"
        assert "'" + text in texts


@pytest.mark.parametrize(
    ("argv", "missing"),
    [
        (["report", "--all", "--out", "{tmp}/no/such/r.xlsx"], "{tmp}/no/such"),
        (["signin-sheet", "--cohort", COHORT, "--module", "M1", "--out", "{tmp}/no/x.pdf"],
         "{tmp}/no"),
        (["certificates", "issue", "--cohort", COHORT, "--out", "{tmp}/no/such/folder"],
         "{tmp}/no/such"),
        (["certificates", "issue", "--cohort", COHORT, "--merged", "{tmp}/no/all.pdf"],
         "{tmp}/no"),
    ],
)  # fmt: skip
def test_a_missing_output_folder_is_refused_before_the_file_is_opened(
    demo: Any, db_path: Path, tmp_path: Path, argv: list[str], missing: str
) -> None:
    """Not even the day's automatic backup is taken: the command stops before it opens."""
    tmp = str(tmp_path)
    before = _state(db_path)
    r = demo(*[a.replace("{tmp}", tmp) for a in argv])
    assert r.code == 2
    one_error_line(r.err)
    assert f"The folder {missing.replace('{tmp}', tmp)} does not exist." in r.err
    assert _state(db_path) == before
    assert not (tmp_path / "no").exists()
    assert _register(demo) == []


# -- the rejects file of an import -------------------------------------------------------------


def _roster(tmp_path: Path) -> Path:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "Full name,E-mail\nGood Person,good.person@example.org\nBad Address,not-an-address\n",
        encoding="utf-8",
    )
    return roster


def _people(cli: Any) -> int:
    return len(cli("participants", "--json").json())


def test_an_import_with_an_unwritable_rejects_file_imports_nothing(
    demo: Any, tmp_path: Path
) -> None:
    before = _people(demo)
    for rejects in (tmp_path / "no" / "such" / "rejects.csv", tmp_path):
        r = demo("import", _roster(tmp_path), "--rejects", rejects)
        assert r.code == 2
        one_error_line(r.err)
        assert r.out == ""
        assert _people(demo) == before, "nothing imported"
    missing = demo("import", _roster(tmp_path), "--rejects", tmp_path / "no" / "r.csv").err
    assert f"there is no folder {tmp_path / 'no'}" in missing


def test_an_import_whose_rejects_meet_a_full_disk_says_the_import_was_saved(
    demo: Any, tmp_path: Path, small_disk: Path
) -> None:
    before = _people(demo)
    filler = _fill(small_disk)
    r = demo("import", _roster(tmp_path), "--rejects", small_disk / "rejects.csv")
    assert r.code == 2
    one_error_line(r.err)
    assert f"The disk holding {small_disk} is full" in r.err
    assert "the import itself was saved" in r.err
    assert "created 1" in r.out and "Rejected rows written" not in r.out
    assert _people(demo) == before + 1
    assert _files(small_disk) == [filler]
    filler.unlink()
    r = demo("import", _roster(tmp_path), "--dry-run", "--rejects", small_disk / "rejects.csv")
    assert r.code == 0, r.err
    assert "not-an-address" in (small_disk / "rejects.csv").read_text(encoding="utf-8-sig")


def test_an_export_to_two_files_writes_neither_when_one_cannot_be_written(
    demo: Any, tmp_path: Path
) -> None:
    r = demo("participants", "--csv", tmp_path / "ok.csv", "--xlsx", tmp_path / "no" / "x.xlsx")
    assert r.code == 2
    one_error_line(r.err)
    assert not (tmp_path / "ok.csv").exists()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "The disk holding {folder} is full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "The disk holding {folder} is full"),
        (OSError(errno.EROFS, "Read-only file system"), "{folder} is on a read-only disk"),
        (PermissionError(errno.EACCES, "Permission denied"), "{path} cannot be written: perm"),
        (OSError(errno.EIO, "Input/output error"), "{path} cannot be written: Input/output"),
    ],
)
def test_write_errors_name_the_file_and_its_folder(
    tmp_path: Path, error: OSError, expected: str
) -> None:
    from course_manager.fileio import OutputError, write_error

    path = tmp_path / "out.csv"
    made = write_error(error, path)
    assert isinstance(made, OutputError) and made.code.startswith(("output.", "export."))
    assert expected.format(folder=tmp_path, path=path) in str(made)
