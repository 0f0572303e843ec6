"""The demo programme: data files under resources/demo, loaded once, idempotent."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from course_manager import paths
from course_manager.services import demo
from course_manager.services.outcome import NOTHING


def test_the_demo_data_lives_in_resource_files() -> None:
    for name in ("programme.json", "cohorts.json", "people.json"):
        assert paths.resource("demo", name).is_file()
    data = demo.demo_data()
    assert data.code == "ACSH-DIG"
    assert (len(data.modules), len(data.cohorts), len(data.people)) == (8, 3, 60)
    modules = {m.code for m in data.modules}
    assert all(code in modules for c in data.cohorts for code, _ in c.modules)
    assert {p.cohort for p in data.people} == {c.code for c in data.cohorts}


def test_the_demo_data_cannot_be_changed_by_a_caller() -> None:
    data = demo.demo_data()
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.code = "OTHER"  # type: ignore[misc]
    programme = data.programme()
    programme.uuid = "changed"
    assert data.programme().uuid != "changed"
    assert demo.PROGRAMME is not demo.PROGRAMME  # the old names are made fresh on each use
    assert demo.MODULES[0][:2] == ("M1", "Digital government strategy")
    assert demo.PEOPLE[0][1] == "Aigerim Nurlanova"


def test_loading_twice_changes_nothing_the_second_time(ws: Any) -> None:
    first = demo.load_demo(ws)
    assert first.changed and first.changes.participants and first.changes.attendance
    assert {k: v for k, v in first.value.items() if k != "changed"} == {
        "programmes": 1,
        "modules": 8,
        "cohorts": 3,
        "participants": 60,
    }
    again = demo.load_demo(ws)
    assert again.value["changed"] == 0 and again.changes == NOTHING


def test_two_files_get_the_same_records(tmp_path: Any) -> None:
    from course_manager.services.workspace import Workspace

    uuids = []
    for name in ("a.sqlite3", "b.sqlite3"):
        with Workspace.open(tmp_path / name) as ws:
            demo.load_demo(ws)
            uuids.append(
                (
                    ws.programmes.by_code("ACSH-DIG").uuid,
                    sorted(str(p.uuid) for p in ws.participants.list()),
                    [c.uuid for c in ws.cohorts.list()],
                )
            )
    assert uuids[0] == uuids[1]


def test_the_demo_command_prints_as_before(cli: Any) -> None:
    result = cli("demo")
    assert result.code == 0
    assert "60 participants, 3 cohorts, 8 modules" in result.out
    again = cli("demo", "--json")
    assert again.json() == {
        "programmes": 1,
        "modules": 8,
        "cohorts": 3,
        "participants": 60,
        "changed": 0,
    }


def test_missing_demo_files_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from course_manager.errors import CourseManagerError

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    with pytest.raises(CourseManagerError, match="demo.programme.json is missing"):
        demo.demo_data()


@pytest.mark.parametrize("today", ["2026-12-01", "2026-12-05", "2027-06-18", "2028-02-29"])
def test_the_demo_lives_in_the_present(tmp_path: Any, today: str) -> None:
    """Whatever the day: one cohort finished with all its attendance, one running this week
    with part of it, one starting soon with none; the same file when loaded twice that day."""
    import datetime as dt

    from course_manager.services.workspace import Workspace

    day = dt.date.fromisoformat(today)
    with Workspace.open(tmp_path / "demo.sqlite3") as ws:
        demo.load_demo(ws, today=day)
        assert demo.load_demo(ws, today=day).value["changed"] == 0
        cohorts = {c.code: c for c in ws.cohorts.list()}
        finished, running, soon = (
            cohorts[c] for c in ("2026-AST-01", "2026-ONL-01", "2026-TAS-01")
        )
        assert finished.end_date < today
        assert running.start_date < today <= running.end_date
        assert (dt.date.fromisoformat(running.end_date) - day).days < 7  # ends this week
        assert today < soon.start_date <= (day + dt.timedelta(days=21)).isoformat()

        def recorded(cohort: Any) -> tuple[int, int]:
            modules = ws.cohorts.modules(cohort.id)
            held = sum(
                1
                for m in modules
                if any(ws.attendance.get(e.id, m.id) for e in ws.enrollments.for_cohort(cohort.id))
            )
            return held, len(modules)

        held, total = recorded(finished)
        assert held == total
        held, total = recorded(running)
        assert 0 < held < total
        assert all(
            (m.date < today)
            == any(ws.attendance.get(e.id, m.id) for e in ws.enrollments.for_cohort(running.id))
            for m in ws.cohorts.modules(running.id)
        )
        assert recorded(soon)[0] == 0
