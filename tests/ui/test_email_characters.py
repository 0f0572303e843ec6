"""Why an e-mail address is refused, in the app's language down to the characters (QA of issue
16, #3): email-validator names the characters in English ("SPACE", "LEFT-TO-RIGHT MARK"); the
app shows a visible one quoted and an invisible one by a name in its language with its code.

Every path that shows the library's reason is tried: the participant service (the Add
participant form and the command line's check), the import's plan (the wizard's rejected rows),
and the library's own sentences for characters the services clean away before checking.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("qapp")

LANGUAGES = ["ru", "kk", "ko"]
#: Addresses with characters email-validator refuses: each kind of character it lists.
BAD = [
    "a b@gov.kz",  # a space (SPACE)
    "a\u200eb@gov.kz",  # LEFT-TO-RIGHT MARK, pasted from a right-to-left document
    "a\u200bb@gov.kz",  # ZERO WIDTH SPACE
    "a\u00adb@gov.kz",  # SOFT HYPHEN
    "a(b@gov.kz",  # '('
    "a,b@gov.kz",  # ','
    "a,(b c@gov.kz",  # several in one list: '(', ',', SPACE
    "a\\b@gov.kz",  # "\"
    "a\x01b@gov.kz",  # U+0001
    "a\ue000b@gov.kz",  # U+E000 (private use)
    "a@gov kz.kz",  # after the @ sign: SPACE
    "a@b_c.kz",  # after the @ sign: '_'
    "a@@gov.kz",  # after the @ sign: '@'
]
#: What the library itself says for characters the services turn into a plain space first.
LIBRARY_ONLY = ["a\u00a0b@gov.kz", "a\u3000b@gov.kz", "a\u2028b@x.kz", "\u0301a@gov.kz"]


def english_words(shown: str, address: str) -> list[str]:
    """Latin words of two letters or more in ``shown``, leaving out the address as typed and
    character codes (U+200E)."""
    rest = shown.replace(address, " ")
    rest = re.sub(r"U\+[0-9A-F]{4,8}", " ", rest)
    return re.findall(r"[A-Za-z]{2,}", rest)


def _refused(ws, address: str):  # type: ignore[no-untyped-def]
    from course_manager.errors import InputError
    from course_manager.services.participants import add_participant

    with pytest.raises(InputError) as caught:
        add_participant(ws, {"full_name": "Test", "email": address})
    return caught.value


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_participant_service_refusal_names_characters_in_the_language(  # type: ignore[no-untyped-def]
    language: str, tmp_path: Path
) -> None:
    from course_manager.services.workspace import Workspace
    from ui import i18n
    from ui.message_text import error_text

    assert i18n.install(language)
    with Workspace.open(tmp_path / "x.sqlite3") as ws:
        for address in BAD:
            exc = _refused(ws, address)
            assert exc.msg.code == "value.email_invalid"
            shown, _hint = error_text(exc)
            typed = exc.msg.args["text"]
            assert english_words(shown, typed) == [], (address, shown)
            assert "SPACE" not in shown and "MARK" not in shown


def test_the_characters_are_named_as_a_russian_reader_tells_them(tmp_path: Path) -> None:
    from course_manager.services.workspace import Workspace
    from ui import i18n
    from ui.message_text import error_text

    assert i18n.install("ru")
    with Workspace.open(tmp_path / "x.sqlite3") as ws:

        def tail(address: str) -> str:
            return error_text(_refused(ws, address))[0].rsplit(": ", 1)[-1]

        assert tail("a b@gov.kz") == "пробел"
        assert tail("a\u200eb@gov.kz") == "невидимый знак (U+200E)"
        assert tail("a(b@gov.kz") == "«(»"
        assert tail("a\\b@gov.kz") == "«\\»"
        assert tail("a\x01b@gov.kz") == "управляющий символ (U+0001)"
        assert tail("a@b_c.kz") == "«_»"
        assert tail("a,(b c@gov.kz") == "«(», «,», пробел"
        shown = error_text(_refused(ws, "a@b_c.kz"))[0]
        assert "после знака @" in shown  # the sentence for the part after the @ sign


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_librarys_own_sentences_name_no_english(language: str) -> None:
    from email_validator import EmailNotValidError, validate_email

    from ui import i18n
    from ui.message_text import email_detail

    assert i18n.install(language)
    for address in BAD + LIBRARY_ONLY:
        with pytest.raises(EmailNotValidError) as caught:
            validate_email(address, check_deliverability=False)
        shown = email_detail(str(caught.value))
        assert english_words(shown, address) == [], (address, str(caught.value), shown)
    assert i18n.install("kk")
    with pytest.raises(EmailNotValidError) as caught:
        validate_email("a\u00a0b@gov.kz", check_deliverability=False)
    assert email_detail(str(caught.value)).endswith("үзілмейтін бос орын (U+00A0)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_imports_rejected_address_names_no_english(  # type: ignore[no-untyped-def]
    language: str, tmp_path: Path
) -> None:
    from course_manager.services import import_roster
    from course_manager.services.workspace import Workspace
    from ui import i18n
    from ui.message_text import text

    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ФИО", "E-mail"])
        writer.writerow(["Иванов Иван", "ivan\u200e@gov.kz"])
        writer.writerow(["Петров Пётр", "petr(@gov.kz"])
    assert i18n.install(language)
    with Workspace.open(tmp_path / "x.sqlite3") as ws:
        plan = import_roster.plan(ws, path)
    rejected = [r for r in plan.rows if r.action == "reject"]
    assert len(rejected) == 2
    for row in rejected:
        assert row.message is not None
        shown = text(row.message)
        assert english_words(shown, "") == [], shown
        assert "U+200E" in shown or "(" in shown


def test_the_add_participant_form_shows_it_in_kazakh(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.participant_form import ParticipantDialog

    window.switch_language("kk")
    page = window.show_page("participants")
    page.add_participant()
    dialog = page.findChild(ParticipantDialog)
    dialog.full_name.setText("Әсел Нұрланқызы")
    dialog.email.setText("a b@gov.kz")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.shown_errors()), timeout=10_000)
    [error] = dialog.shown_errors()
    assert error.endswith("бос орын"), error
    assert english_words(error, "a b@gov.kz") == []
    assert dialog.field_for_error_label(error) is dialog.email
    dialog.reject()
    qtbot.waitUntil(lambda: not db._running, timeout=10_000)
