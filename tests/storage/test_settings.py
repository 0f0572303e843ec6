"""The settings registry: one key, type and default per setting, read and written the same way
by ws.settings, the settings service and ``course-manager settings``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from course_manager.domain import settings as keys
from course_manager.errors import InputError
from course_manager.services import settings as service
from course_manager.services.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Workspace.open(tmp_path / "settings.sqlite3") as opened:
        yield opened


def test_a_setting_never_set_reads_as_its_registered_default(ws) -> None:  # type: ignore[no-untyped-def]
    values = ws.settings.all()
    assert list(values) == list(keys.SETTINGS)
    assert all(values[k] == s.default for k, s in keys.SETTINGS.items())
    assert ws.settings.value(keys.PRINT_OFFSET_X) == 0.0
    assert ws.settings.get("serial_pattern") == "{programme}-{year}-{seq:04d}"
    assert not ws.settings.is_set("serial_pattern")
    ws.settings.value(keys.LOGOS).append("changed")  # a copy: the default stays as it is
    assert ws.settings.value(keys.LOGOS) == []


def test_unknown_keys_and_wrong_types_are_refused_with_a_code(ws) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as unknown:
        ws.settings.set("print.offset", 1)
    assert unknown.value.code == "setting.unknown"
    with pytest.raises(InputError):
        ws.settings.get("no_such_setting")
    for key, bad in [
        ("print_offset_x_mm", "2"),
        ("print_offset_x_mm", True),
        ("print_offset_x_mm", float("nan")),
        ("certificate_merged_file", 1),
        ("serial_pattern", 5),
        ("logos", "one.png"),
        ("signatories", [{"name": 3}]),
    ]:
        with pytest.raises(InputError) as wrong:
            ws.settings.set(key, bad)
        assert wrong.value.code == "setting.wrong_type", (key, bad)
    with pytest.raises(InputError) as choice:
        ws.settings.set("certificate_languages", ["en", "de"])
    assert choice.value.code == "setting.not_a_choice"
    assert "'de'" in str(choice.value)
    assert ws.settings.all() == {k: s.default for k, s in keys.SETTINGS.items()}


def test_values_round_trip_typed_and_reset_to_the_default(ws) -> None:  # type: ignore[no-untyped-def]
    ws.settings.set("print_offset_y_mm", 2)  # an int is a number
    assert ws.settings.value(keys.PRINT_OFFSET_Y) == 2.0
    assert isinstance(ws.settings.get("print_offset_y_mm"), float)
    ws.settings.set("signatories", [{"name": "Айгерим", "title_en": "Director"}])
    assert ws.settings.get("signatories") == [{"name": "Айгерим", "title_en": "Director"}]
    assert ws.settings.is_set("signatories")
    ws.settings.reset("signatories")
    assert ws.settings.get("signatories") == [] and not ws.settings.is_set("signatories")


def test_a_stored_value_of_the_wrong_type_reads_as_the_default(ws) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(ws.path)
    with conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('print_offset_x_mm', '\"x\"')")
        conn.execute("INSERT INTO setting (key, value) VALUES ('old_unknown_key', '1')")
    conn.close()
    assert ws.settings.get("print_offset_x_mm") == 0.0
    assert "old_unknown_key" not in ws.settings.all()


def test_the_service_checks_everything_before_writing_anything(ws) -> None:  # type: ignore[no-untyped-def]
    outcome = service.update(ws, {"print_offset_x_mm": 1.5, "logos": ["a.png"]})
    assert outcome.changes.settings and outcome.changes.kinds == {"settings"}
    assert outcome.value == {"print_offset_x_mm": 1.5, "logos": ["a.png"]}
    with pytest.raises(InputError):
        service.update(ws, {"print_offset_y_mm": 3.0, "logos": "b.png"})
    assert ws.settings.get("print_offset_y_mm") == 0.0
    with pytest.raises(InputError) as neither:
        service.update(ws, {"certificate_merged_file": False, "certificate_separate_files": False})
    assert neither.value.code == "setting.no_certificate_files"
    assert ws.settings.value(keys.PRINT_OFFSET_X) == 1.5


def test_text_from_the_command_line_is_read_by_type(ws) -> None:  # type: ignore[no-untyped-def]
    assert service.set_from_text(ws, "print_offset_x_mm", "-1,5").value == -1.5
    assert service.set_from_text(ws, "certificate_merged_file", "no").value is False
    assert service.set_from_text(ws, "certificate_languages", "en, kk").value == ["en", "kk"]
    assert service.set_from_text(ws, "logos", '["a.png", "b.png"]').value == ["a.png", "b.png"]
    assert service.set_from_text(ws, "serial_pattern", "{cohort}/{seq:03d}").value == (
        "{cohort}/{seq:03d}"
    )
    with pytest.raises(InputError) as bad:
        service.set_from_text(ws, "print_offset_y_mm", "left")
    assert bad.value.code == "setting.bad_text"


def test_save_changes_the_programme_names_and_the_settings_together(ws) -> None:  # type: ignore[no-untyped-def]
    names = service.ProgrammeNames("P1", {"en": "Programme", "ru": "Программа", "kk": ""})
    outcome = service.save(ws, {"organisation_name_en": "Hub"}, names)
    assert outcome.changes.kinds == {"settings", "programme"}
    assert ws.programmes.list()[0].name_ru == "Программа"
    with pytest.raises(InputError):
        service.save(ws, {"organisation_name_en": 1}, service.ProgrammeNames("P1", {"en": "New"}))
    assert ws.programmes.list()[0].name_en == "Programme"  # all or nothing
    assert ws.settings.get("organisation_name_en") == "Hub"


@pytest.fixture
def settings_cli(cli, monkeypatch):  # type: ignore[no-untyped-def]
    import course_manager.cli as cli_package

    if "course_manager.cli.settings" not in cli_package.COMMAND_MODULES:
        monkeypatch.setattr(
            cli_package,
            "COMMAND_MODULES",
            (*cli_package.COMMAND_MODULES, "course_manager.cli.settings"),
        )
    return cli


def test_cli_lists_sets_and_resets_settings(settings_cli) -> None:  # type: ignore[no-untyped-def]
    cli = settings_cli
    listed = cli("settings", "--json").json()
    assert [s["key"] for s in listed] == list(keys.SETTINGS)
    assert all(not s["is_set"] for s in listed)
    r = cli("settings", "set", "print_offset_x_mm", "-2.5")
    assert r.code == 0 and r.out.strip() == "print_offset_x_mm = -2.5"
    r = cli("settings", "set", "certificate_languages", '["en","ru"]', "--json")
    assert r.json() == {"key": "certificate_languages", "value": ["en", "ru"]}
    text = cli("settings").out
    assert "print_offset_x_mm           -2.5\n" in text
    assert "certificate_merged_file     true  (default)" in text
    r = cli("settings", "set", "print.offset_x_mm", "1")
    assert r.code == 2 and r.err.startswith("error: there is no setting 'print.offset_x_mm'")
    r = cli("settings", "set", "certificate_merged_file", "maybe")
    assert r.code == 2 and "takes true or false" in r.err
    assert cli("settings", "reset", "print_offset_x_mm").out.strip() == "print_offset_x_mm = 0.0"
    assert cli("settings", "set", "--help").code == 0
