"""Power cut in the middle of a large write: the file is sound and holds all of it or none.

A child process does the write and is killed with SIGKILL at random moments spread over the
whole write, the commit included. The child is forked from the test process (everything already
imported, so many kills fit in a few seconds); it shares no connection with the parent. After
each kill the file is checked through a fresh connection.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

from reliability_helpers import count, integrity

from course_manager.domain.models import Participant
from course_manager.services.workspace import Workspace

ROWS = 3000
KILLS = 8
#: The repository path is slower per row than the importer's bulk path: fewer kills.
KILLS_REPOSITORY_PATH = 4
_fork = multiprocessing.get_context("fork")


def _in_child(job: Callable[[], None], ready: object) -> None:
    ready.set()  # type: ignore[attr-defined]
    job()


def kill_at_random_moments(
    job: Callable[[int], Callable[[], None]],
    outcome: Callable[[int], str],
    kills: int,
    seed: int,
) -> list[str]:
    """Run ``job(0)`` to completion in a child to learn how long it takes, then run ``job(i)``
    ``kills`` times, killing the child at a random moment. ``outcome(i)`` checks the file and
    returns 'all' or 'none'. Returns the outcomes of the killed runs."""
    rng = random.Random(seed)

    def start(i: int) -> multiprocessing.process.BaseProcess:
        ready = _fork.Event()
        child = _fork.Process(target=_in_child, args=(job(i), ready))
        child.start()
        assert ready.wait(60)
        return child

    began = time.monotonic()
    child = start(0)
    child.join(120)
    duration = time.monotonic() - began
    assert child.exitcode == 0
    assert outcome(0) == "all"
    results = []
    for i in range(1, kills + 1):
        child = start(i)
        low = 0.8 * duration if i % 3 == 0 else 0.0  # a third aim at the commit
        time.sleep(rng.uniform(low, duration * 1.05))
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(60)
        results.append(outcome(i))
    return results


def test_a_killed_large_transaction_leaves_all_or_nothing(programme_file: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")

    def job(i: int) -> Callable[[], None]:
        def write() -> None:
            with Workspace.open(programme_file) as ws:
                cohort = ws.cohorts.by_code("C-1")
                with ws.transaction():
                    for n in range(ROWS):
                        p = ws.participants.add(
                            Participant(full_name=f"Участник {n}", email=f"run{i}-{n}@gov.kz")
                        )
                        ws.enrollments.enroll(cohort.id, p.id)

        return write

    def outcome(i: int) -> str:
        assert integrity(programme_file) == "ok", f"seed {seed}, run {i}"
        like = (f"run{i}-%",)
        people = count(programme_file, "SELECT COUNT(*) FROM participant WHERE email LIKE ?", like)
        enrolled = count(
            programme_file,
            "SELECT COUNT(*) FROM enrollment e JOIN participant p ON p.id = e.participant_id"
            " WHERE p.email LIKE ?",
            like,
        )
        audited = count(
            programme_file,
            "SELECT COUNT(*) FROM audit a JOIN participant p ON p.id = a.row_id"
            " WHERE a.table_name = 'participant' AND a.action = 'insert' AND p.email LIKE ?",
            like,
        )
        assert (people, enrolled, audited) in ((0, 0, 0), (ROWS, ROWS, ROWS)), (
            f"seed {seed}, run {i}: {people} participants, {enrolled} enrollments, "
            f"{audited} audit rows"
        )
        return "all" if people else "none"

    results = kill_at_random_moments(job, outcome, KILLS_REPOSITORY_PATH, seed)
    assert "none" in results, f"seed {seed}: no kill landed inside the write ({results})"
    total = count(programme_file, "SELECT COUNT(*) FROM participant")
    assert total == ROWS * (1 + results.count("all"))


def _write_roster(path: Path, rows: int) -> None:
    """A large participant form export, the kind coordinators import."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Full name", "E-mail", "Country", "Organization", "Gender"])
        for n in range(rows):
            writer.writerow(
                [
                    f"Ғалым Сәрсенбаев {n}",
                    f"galym{n}@gov.kz",
                    "KZ",
                    "Ministry of Digital Development",
                    "male" if n % 2 else "female",
                ]
            )


def test_a_killed_import_leaves_all_or_nothing(programme_file: Path, tmp_path: Path) -> None:
    from course_manager.cli import main

    seed = int.from_bytes(os.urandom(4), "big")
    rosters = []
    for i in range(KILLS + 1):  # each run imports different people
        roster = tmp_path / f"roster{i}.csv"
        _write_roster(roster, ROWS)
        rosters.append(roster)
        text = roster.read_text(encoding="utf-8").replace("@gov.kz", f".r{i}@gov.kz")
        roster.write_text(text.replace("Сәрсенбаев", f"Сәрсенбаев-{i}"), encoding="utf-8")

    def job(i: int) -> Callable[[], None]:
        def run_import() -> None:
            code = main(["--db", str(programme_file), "import", str(rosters[i]), "--cohort", "C-1"])
            os._exit(code)

        return run_import

    def outcome(i: int) -> str:
        assert integrity(programme_file) == "ok", f"seed {seed}, run {i}"
        like = (f"%.r{i}@gov.kz",)
        people = count(programme_file, "SELECT COUNT(*) FROM participant WHERE email LIKE ?", like)
        enrolled = count(
            programme_file,
            "SELECT COUNT(*) FROM enrollment e JOIN participant p ON p.id = e.participant_id"
            " WHERE p.email LIKE ?",
            like,
        )
        assert (people, enrolled) in ((0, 0), (ROWS, ROWS)), (
            f"seed {seed}, run {i}: {people} participants, {enrolled} enrollments"
        )
        return "all" if people else "none"

    results = kill_at_random_moments(job, outcome, KILLS, seed)
    assert "none" in results, f"seed {seed}: no kill landed inside the import ({results})"


def test_a_killed_restore_leaves_the_old_file_or_the_backup(
    programme_file: Path, tmp_path: Path
) -> None:
    from course_manager.services.backup import restore
    from course_manager.storage.backup import create_backup

    def fill(tag: str) -> None:
        with Workspace.open(programme_file) as ws, ws.transaction():
            ws.db.conn.executemany(
                "INSERT INTO participant (uuid, full_name, created_at, updated_at)"
                " VALUES (?, ?, '2026-01-01', '2026-01-01')",
                [(f"{tag}-{n}", f"{tag} {n}") for n in range(ROWS)],
            )

    fill("in the backup")
    with Workspace.open(programme_file) as ws:
        backup = create_backup(ws.db, programme_file, dest=tmp_path / "backup.sqlite3")
        ws.db.execute("DELETE FROM participant")
    seed = int.from_bytes(os.urandom(4), "big")

    def job(i: int) -> Callable[[], None]:
        def run_restore() -> None:
            restore(backup, programme_file)

        return run_restore

    def outcome(i: int) -> str:
        assert integrity(programme_file) == "ok", f"seed {seed}, run {i}"
        restored = count(
            programme_file, "SELECT COUNT(*) FROM participant WHERE full_name LIKE 'in the backup%'"
        )
        current = count(
            programme_file, "SELECT COUNT(*) FROM participant WHERE full_name LIKE 'current%'"
        )
        assert (restored, current) in ((ROWS, 0), (0, ROWS)), f"seed {seed}, run {i}"
        state = "all" if restored else "none"
        if restored:  # back to the state before the restore for the next run
            with Workspace.open(programme_file) as ws:
                ws.db.execute("DELETE FROM participant")
            fill("current")
        return state

    fill("current")
    kill_at_random_moments(job, outcome, KILLS, seed)


def test_a_killed_certificate_issue_records_all_or_nothing(tmp_path: Path) -> None:
    """The register (certificate rows and the serial counter) is all or nothing. PDF files
    written before the kill may exist without a register entry; they never verify as valid."""
    import shutil

    from course_manager.certificates.signing import KeyStore
    from course_manager.cli import main
    from course_manager.domain.models import AttendanceStatus
    from course_manager.services.demo import load_demo
    from course_manager.services.verification import verify

    base = tmp_path / "base.sqlite3"
    with Workspace.open(base) as ws:
        load_demo(ws)
        cohort = ws.cohorts.by_code("2026-AST-01")
        modules = ws.cohorts.modules(cohort.id)
        with ws.transaction():
            for n in range(10):
                p = ws.participants.add(Participant(full_name=f"Выпускник {n}"))
                enrollment, _ = ws.enrollments.enroll(cohort.id, p.id)
                for m in modules:
                    ws.attendance.set(enrollment.id, m.id, AttendanceStatus.PRESENT, hours=m.hours)
    KeyStore(base).private_key()  # the key exists before the runs
    seed = int.from_bytes(os.urandom(4), "big")
    expected: list[int] = []

    def paths(i: int) -> tuple[Path, Path]:
        return tmp_path / f"run{i}.sqlite3", tmp_path / f"out{i}"

    def job(i: int) -> Callable[[], None]:
        db, out = paths(i)
        shutil.copyfile(base, db)
        shutil.copytree(f"{base}.keys", f"{db}.keys")

        def run_issue() -> None:
            os._exit(
                main(
                    [
                        "--db",
                        str(db),
                        "certificates",
                        "issue",
                        "--cohort",
                        "2026-AST-01",
                        "--out",
                        str(out),
                    ]
                )
            )

        return run_issue

    def outcome(i: int) -> str:
        db, out = paths(i)
        assert integrity(db) == "ok", f"seed {seed}, run {i}"
        issued = count(db, "SELECT COUNT(*) FROM certificate")
        counter = count(db, "SELECT COALESCE(SUM(last_value), 0) FROM serial_counter")
        if i == 0:
            expected.append(issued)
        assert issued in (0, expected[0]) and counter == issued, (
            f"seed {seed}, run {i}: {issued} certificates, serial counter {counter}"
        )
        if issued == 0 and out.exists():  # files of an issue that was never recorded
            with Workspace.open(db) as ws:
                for pdf in sorted(out.glob("*.pdf"))[:1]:
                    for o in verify(str(pdf), KeyStore(db), ws):
                        assert o.status != "valid", (pdf, o)
        return "all" if issued else "none"

    # One whole issue first, untimed: it fills the fonts' cache that later runs reuse (timed
    # cold, the first run was so much slower that every kill could land after a run's end).
    warm = _fork.Process(target=job(99))
    warm.start()
    warm.join(120)
    assert warm.exitcode == 0
    # Issuing is slow (fonts are parsed for every document), so only a few kills.
    results = kill_at_random_moments(job, outcome, 3, seed)
    assert expected[0] >= 10
    assert "none" in results, f"seed {seed}: no kill landed inside the issue ({results})"
