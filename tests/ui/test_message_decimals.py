"""Numbers in service messages read with the UI language's decimal mark, whatever the
message's own format ("{hours:g} h"): "10,5 ч" in Russian and Kazakh, "10.5 h" in English."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "10,5 ч"), ("kk", "10,5 сағ"), ("en", "10.5 h"), ("ko", "10.5")],
)
def test_hours_in_a_service_message_take_the_languages_decimal_mark(
    qapp, language, expected
) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.attendance import TOO_MANY_HOURS
    from ui import i18n
    from ui.message_text import text

    assert i18n.install(language)
    try:
        shown = text(TOO_MANY_HOURS(hours=10.5, module="M1", lasts=6.0))
    finally:
        i18n.install("en")
    assert expected in shown, shown
    assert "M1" in shown and "6" in shown


def test_the_english_of_a_message_keeps_its_decimal_point() -> None:
    """The command line prints the English, as other tools read it."""
    from course_manager.services.attendance import TOO_MANY_HOURS

    assert TOO_MANY_HOURS(hours=10.5, module="M1", lasts=6.0).english == (
        "10.5 h is more than module M1 lasts (6 h)."
    )
