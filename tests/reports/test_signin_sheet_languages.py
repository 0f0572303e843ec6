"""The sign-in sheet's own words follow the cohort's languages, or those chosen (the command
line's --language), footer included; read back with pdftotext, as a person would."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from course_manager.reports.signin_sheet import sheet_languages

KK_WEEKDAYS = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")


def _pages(path: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [page for page in done.stdout.split("\f") if page.strip()]


def _module_date(ws, cohort_code: str, module_code: str) -> dt.date:  # type: ignore[no-untyped-def]
    cohort = ws.cohorts.by_code(cohort_code)
    module = ws.cohorts.module_by_code(cohort.id, module_code)
    return dt.date.fromisoformat(module.date)


def test_a_kazakh_and_russian_cohorts_sheet_is_in_kazakh_and_russian(
    demo_ws, cli, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert demo_ws.cohorts.by_code("2026-AST-01").language == "kk/ru"
    held = _module_date(demo_ws, "2026-AST-01", "M1")
    out = tmp_path / "sheet.pdf"
    r = cli("signin-sheet", "--cohort", "2026-AST-01", "--module", "M1", "--out", str(out))
    assert r.code == 0, r.err
    pages = _pages(out)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "Тіркеу парағы / Лист регистрации" in text
        assert "Қатысушы / Участник" in text and "Ұйым / Организация" in text
        assert "Қолы / Подпись" in text and "Топ / Группа" in text
        assert f"{len(pages)} беттің {number}-беті / Страница {number} из {len(pages)}" in text
        assert f"({KK_WEEKDAYS[held.weekday()]})" in text and "сағ" in text
        # No English word of the sheet's own.
        for english in ("Sign-in sheet", "Participant", "Signature", "Page ", "Cohort", "Date"):
            assert english not in text, english
        assert held.strftime("%B") not in text
    everything = "\n".join(pages)
    assert "Қатысушылар саны: 20." in everything and "Участников: 20." in everything
    assert "participants. Printed by" not in everything


def test_languages_chosen_on_the_command_line(demo_ws, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ko.pdf"
    r = cli(
        "signin-sheet", "--cohort", "2026-AST-01", "--module", "M1", "--out", str(out),
        "--language", "ko,en",
    )  # fmt: skip
    assert r.code == 0, r.err
    pages = _pages(out)
    for number, text in enumerate(pages, start=1):
        assert "출석 서명부 / Sign-in sheet" in text and "서명 / Signature" in text
        assert f"{number}/{len(pages)}쪽 / Page {number} of {len(pages)}" in text
        assert "Лист регистрации" not in text and "Тіркеу" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "CJK" in fonts  # the Hangul is drawn by a font that has it

    # One language only: its words alone.
    out = tmp_path / "kk.pdf"
    r = cli(
        "signin-sheet", "--cohort", "2026-ONL-01", "--module", "M3", "--out", str(out),
        "--language", "kk",
    )  # fmt: skip
    assert r.code == 0, r.err
    text = _pages(out)[0]
    assert "Тіркеу парағы" in text and "Тіркеу парағы /" not in text
    assert "Онлайн" in text and "Online" not in text.replace("Online cohort", "")


def test_a_language_the_sheet_lacks_is_one_error_line_and_no_file(demo_ws, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "fr.pdf"
    r = cli(
        "signin-sheet", "--cohort", "2026-AST-01", "--module", "M1", "--out", str(out),
        "--language", "kk,fr",
    )  # fmt: skip
    assert r.code != 0 and not out.exists()
    lines = [line for line in r.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: fr: ")
    assert "en, ru, kk, ko" in lines[0] and "Traceback" not in r.err


def test_the_service_takes_the_languages_the_app_passes(demo_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.reports import write_signin_sheet

    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-AST-01")
    module = ws.cohorts.module_by_code(cohort.id, "M1")
    out = tmp_path / "ru.pdf"
    write_signin_sheet(ws, cohort.id, module.id, out, ["ru"])
    text = _pages(out)[0]
    assert "Лист регистрации" in text and "Лист регистрации /" not in text
    assert "Страница 1 из" in text and "Участник" in text and "Қатысушы" not in text
    # Left to the cohort (the app's Reports page): Kazakh and Russian.
    write_signin_sheet(ws, cohort.id, module.id, out)
    assert "Тіркеу парағы / Лист регистрации" in _pages(out)[0]


@pytest.mark.parametrize(
    ("cohort_language", "expected"),
    [
        ("kk/ru", ("kk", "ru")),
        ("ru/kk", ("ru", "kk")),
        ("kk", ("kk", "en")),
        ("ru", ("ru", "en")),
        ("ko", ("ko", "en")),
        ("en", ("en", "ru")),
        ("uz", ("en", "ru")),
        ("", ("en", "ru")),
    ],
)
def test_the_languages_a_cohort_gives_its_sheet(cohort_language, expected) -> None:  # type: ignore[no-untyped-def]
    assert sheet_languages(cohort_language) == expected
