"""The conflicts table names what a conflict is about the way the rest of the app does, in every
language: every table and column the offices exchange has a translated name."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from course_manager.services import exchange
from course_manager.services.participants import edit_participant
from course_manager.services.workspace import Workspace
from course_manager.storage import exchange as store

pytestmark = pytest.mark.usefixtures("qapp")

LANGUAGES = ["ru", "kk", "ko"]
ANA = "ana.ciobanu@gov.md"


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from ui import i18n

    assert i18n.install(request.param), "run tools/build_translations.py first"
    yield request.param
    i18n.install("en")


def _exchanged(demo_file: Path) -> dict[str, list[str]]:
    with Workspace.open(demo_file) as ws:
        return {s.name: list(s.columns) for s in store.table_specs(ws.db)}


def test_the_markers_are_the_storage_ones() -> None:
    from ui.pages import exchange_names as names

    assert (names.WHOLE_ROW, names.SAME_THING) == (store.ROW, store.SAME)
    assert (names.DELETED, names.KEPT) == (store.DELETED, store.KEPT)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_exchanged_table_and_column_has_a_translated_name(
    language: str, demo_file: Path
) -> None:
    from ui.pages import exchange_names as names

    tables = _exchanged(demo_file)
    assert set(tables) == set(store.SYNCED_TABLES)
    raw = []
    for table, columns in tables.items():
        english = names.TABLES.get(table)
        label = names.table_label(table)
        if not english or label in (table, english) or not label.strip():
            raw.append(f"table {table}: {label!r}")
        for column in [*columns, store.ROW, store.SAME]:
            english = names.TABLE_COLUMNS.get((table, column)) or names.COLUMNS.get(column)
            label = names.field_label(table, column)
            if not english or label in (column, english) or not label.strip():
                raw.append(f"{table}.{column}: {label!r}")
    for marker in (store.DELETED, store.KEPT):
        if names.value_text("participant", marker) in (marker, names.VALUES[marker]):
            raw.append(f"value {marker}")
    for value in (0, 1):
        if names.value_text("cohort", value, "online") in ("0", "1", names.YES, names.NO):
            raw.append(f"online {value}")
    assert raw == [], f"{language}: {raw}"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_a_row_in_a_conflict_names_its_columns(language: str) -> None:
    """A duplicate (or a deleted row's changes) shows the columns that differ by their names."""
    from ui.pages.exchange_names import value_text

    row = {"uuid": "x", "title_ru": "Данные", "required": 1, "hours": 6.0, "position": None}
    shown = "Название (рус.): Данные; Обязательный: да; Часы: 6; Порядок: "
    assert value_text("module", row) == shown
    assert value_text("participant", store.DELETED) == "Удалено"
    assert value_text("attendance", 1.5, "hours") == "1,5"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_the_hub_is_named_in_words(language: str) -> None:
    """The first office's name is the program's ('hub'): said in the UI language."""
    from ui.pages.exchange_names import office_label

    assert office_label(exchange.HUB) == "центральный офис"
    assert office_label("Almaty") == "Almaty"


@pytest.mark.parametrize(
    ("language", "table", "field"),
    [
        ("ru", "Участник", "Организация"),
        ("kk", "Қатысушы", "Ұйым"),
        ("ko", "참가자", "소속 기관"),
    ],
    indirect=["language"],
)
def test_a_conflict_on_the_page_speaks_the_language(
    language: str, table: str, field: str, demo_file: Path, tmp_path: Path, qtbot: Any
) -> None:
    """The words are the Participants page's own (its headers name the same fields)."""
    from PySide6.QtCore import Qt

    from ui.operations import DbWorker
    from ui.pages.exchange import ExchangePage
    from ui.pages.participants_model import ParticipantsModel

    hub, office, sent = tmp_path / "hub.sqlite3", tmp_path / "almaty.sqlite3", tmp_path / "a.cmx"
    shutil.copyfile(demo_file, hub)
    with Workspace.open(hub) as ws:
        exchange.clone(ws, office, "Almaty")
        _edit(ws, organization="Hub Org")
    with Workspace.open(office) as ws:
        _edit(ws, organization="Almaty Org")
        exchange.export_changes(ws, sent)
    worker = DbWorker()
    worker.open_now(hub)
    try:
        page = ExchangePage(worker)
        qtbot.addWidget(page)
        page.import_from(sent)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
        shown = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
        assert shown[1:6] == [table, field, "Hub Org", "Almaty Org", "Almaty"]
        assert "Almaty (1)" in page.identity.text() and "hub" not in page.identity.text()
        headers = ParticipantsModel(worker)
        titles = [
            headers.headerData(c, Qt.Orientation.Horizontal) for c in range(headers.columnCount())
        ]
        assert field in titles
    finally:
        worker.close()


def _edit(ws: Workspace, **values: Any) -> None:
    person = ws.participants.by_email(ANA)
    assert person is not None and person.id is not None
    edit_participant(ws, person.id, values)  # type: ignore[arg-type]
