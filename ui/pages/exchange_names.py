"""The names a person knows for what an exchange conflict is about.

A conflict names a table and a column of the programme file (``participant``,
``organization``); the Exchange page shows them with the words the rest of the app uses for the
same things (Participant, Organisation), in the app's language. Every table and column the
offices exchange (``course_manager.storage.exchange.SYNCED_TABLES``) has a name here; a test
holds the list complete.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ExchangePage"

# what a conflict's "field" says when it is about a whole row, or two rows that are one thing
# (``course_manager.storage.exchange.ROW`` and ``SAME``)
WHOLE_ROW = "(row)"
SAME_THING = "(same)"
# the values a conflict about a deleted row holds (``DELETED``, ``KEPT``)
DELETED = "(deleted)"
KEPT = "(kept)"

TABLES = {
    "programme": QT_TRANSLATE_NOOP("ExchangePage", "Programme"),
    "module": QT_TRANSLATE_NOOP("ExchangePage", "Module"),
    "cohort": QT_TRANSLATE_NOOP("ExchangePage", "Cohort"),
    "cohort_module": QT_TRANSLATE_NOOP("ExchangePage", "Module of a cohort"),
    "participant": QT_TRANSLATE_NOOP("ExchangePage", "Participant"),
    "enrollment": QT_TRANSLATE_NOOP("ExchangePage", "Enrolment"),
    "attendance": QT_TRANSLATE_NOOP("ExchangePage", "Attendance"),
    "completion_override": QT_TRANSLATE_NOOP("ExchangePage", "Completion set by hand"),
    "certificate": QT_TRANSLATE_NOOP("ExchangePage", "Certificate"),
}

# a column's name wherever it appears (a column pointing at another table takes its name)
COLUMNS = {
    "uuid": QT_TRANSLATE_NOOP("ExchangePage", "Identifier"),
    "code": QT_TRANSLATE_NOOP("ExchangePage", "Code"),
    "created_at": QT_TRANSLATE_NOOP("ExchangePage", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("ExchangePage", "Last changed"),
    "programme_id": TABLES["programme"],
    "module_id": TABLES["module"],
    "cohort_id": TABLES["cohort"],
    "cohort_module_id": TABLES["cohort_module"],
    "participant_id": TABLES["participant"],
    "enrollment_id": TABLES["enrollment"],
    "name_en": QT_TRANSLATE_NOOP("ExchangePage", "Name (English)"),
    "name_ru": QT_TRANSLATE_NOOP("ExchangePage", "Name (Russian)"),
    "name_kk": QT_TRANSLATE_NOOP("ExchangePage", "Name (Kazakh)"),
    "partners": QT_TRANSLATE_NOOP("ExchangePage", "Partners"),
    "title": QT_TRANSLATE_NOOP("ExchangePage", "Title"),
    "title_en": QT_TRANSLATE_NOOP("ExchangePage", "Title (English)"),
    "title_ru": QT_TRANSLATE_NOOP("ExchangePage", "Title (Russian)"),
    "title_kk": QT_TRANSLATE_NOOP("ExchangePage", "Title (Kazakh)"),
    "hours": QT_TRANSLATE_NOOP("ExchangePage", "Hours"),
    "required": QT_TRANSLATE_NOOP("ExchangePage", "Required"),
    "position": QT_TRANSLATE_NOOP("ExchangePage", "Order"),
    "city": QT_TRANSLATE_NOOP("ExchangePage", "City"),
    "country": QT_TRANSLATE_NOOP("ExchangePage", "Country"),
    "online": QT_TRANSLATE_NOOP("ExchangePage", "Online"),
    "start_date": QT_TRANSLATE_NOOP("ExchangePage", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ExchangePage", "End date"),
    "language": QT_TRANSLATE_NOOP("ExchangePage", "Language"),
    "venue": QT_TRANSLATE_NOOP("ExchangePage", "Venue"),
    "trainers": QT_TRANSLATE_NOOP("ExchangePage", "Trainers"),
    "min_attendance": QT_TRANSLATE_NOOP("ExchangePage", "Minimum attendance"),
    "min_score": QT_TRANSLATE_NOOP("ExchangePage", "Minimum score"),
    "excused_counts": QT_TRANSLATE_NOOP("ExchangePage", "Excused absences count as attended"),
    "date": QT_TRANSLATE_NOOP("ExchangePage", "Date"),
    "full_name": QT_TRANSLATE_NOOP("ExchangePage", "Name"),
    "full_name_latin": QT_TRANSLATE_NOOP("ExchangePage", "Name (Latin)"),
    "email": QT_TRANSLATE_NOOP("ExchangePage", "E-mail"),
    "organization": QT_TRANSLATE_NOOP("ExchangePage", "Organisation"),
    "gender": QT_TRANSLATE_NOOP("ExchangePage", "Gender"),
    "phone": QT_TRANSLATE_NOOP("ExchangePage", "Phone"),
    "notes": QT_TRANSLATE_NOOP("ExchangePage", "Notes"),
    "status": QT_TRANSLATE_NOOP("ExchangePage", "Status"),
    "enrolled_at": QT_TRANSLATE_NOOP("ExchangePage", "Enrolled on"),
    "withdrawn_at": QT_TRANSLATE_NOOP("ExchangePage", "Withdrawn on"),
    "withdraw_reason": QT_TRANSLATE_NOOP("ExchangePage", "Reason for withdrawal"),
    "score": QT_TRANSLATE_NOOP("ExchangePage", "Score"),
    "completed": QT_TRANSLATE_NOOP("ExchangePage", "Completed"),
    "reason": QT_TRANSLATE_NOOP("ExchangePage", "Reason"),
    "at": QT_TRANSLATE_NOOP("ExchangePage", "Decided on"),
    "actor": QT_TRANSLATE_NOOP("ExchangePage", "Decided by"),
    "serial": QT_TRANSLATE_NOOP("ExchangePage", "Serial number"),
    "issue_date": QT_TRANSLATE_NOOP("ExchangePage", "Issue date"),
    "languages": QT_TRANSLATE_NOOP("ExchangePage", "Languages"),
    "template": QT_TRANSLATE_NOOP("ExchangePage", "Template"),
    "verification_code": QT_TRANSLATE_NOOP("ExchangePage", "Verification code"),
    "payload": QT_TRANSLATE_NOOP("ExchangePage", "Signed content"),
    "signature": QT_TRANSLATE_NOOP("ExchangePage", "Signature"),
    "revoked_at": QT_TRANSLATE_NOOP("ExchangePage", "Revoked on"),
    "revoke_reason": QT_TRANSLATE_NOOP("ExchangePage", "Reason for revocation"),
    "supersedes_id": QT_TRANSLATE_NOOP("ExchangePage", "Replaces"),
    "superseded_by_id": QT_TRANSLATE_NOOP("ExchangePage", "Replaced by"),
    WHOLE_ROW: QT_TRANSLATE_NOOP("ExchangePage", "The whole entry"),
    SAME_THING: QT_TRANSLATE_NOOP("ExchangePage", "The same as another entry"),
}

# where one table names a column differently from the others
TABLE_COLUMNS = {
    ("participant", "position"): QT_TRANSLATE_NOOP("ExchangePage", "Position"),
    ("attendance", "status"): QT_TRANSLATE_NOOP("ExchangePage", "Mark"),
}

# the columns holding yes or no (stored as 1 or 0)
YES_NO = frozenset({"required", "online", "excused_counts", "completed"})
YES = QT_TRANSLATE_NOOP("ExchangePage", "yes")
NO = QT_TRANSLATE_NOOP("ExchangePage", "no")

VALUES = {
    DELETED: QT_TRANSLATE_NOOP("ExchangePage", "Deleted"),
    KEPT: QT_TRANSLATE_NOOP("ExchangePage", "Kept"),
}


# the first office's name (``course_manager.services.exchange.HUB``), said in words
HUB = "hub"
HUB_LABEL = QT_TRANSLATE_NOOP("ExchangePage", "the hub")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def table_label(table: str) -> str:
    """The table's name in the app's language (the raw name for one this version lacks)."""
    english = TABLES.get(table)
    return _tr(english) if english else table


def field_label(table: str, column: str | None) -> str:
    """The column's name in the app's language (the raw name for one this version lacks)."""
    if column is None:
        return ""
    english = TABLE_COLUMNS.get((table, column)) or COLUMNS.get(column)
    return _tr(english) if english else column


def value_text(table: str, value: Any, column: str | None = None) -> str:
    """A conflict's value (of ``column``) as the table shows it: the markers and yes or no in
    words, numbers as the UI language writes them, the columns of a row (a duplicate's, a
    deleted row's changes) by their names."""
    import json

    if value is None:
        return ""
    if column in YES_NO and value in (0, 1):
        return _tr(YES if value else NO)
    if isinstance(value, str):
        english = VALUES.get(value)
        return _tr(english) if english else value
    if isinstance(value, float):  # hours, a score: as the UI language writes them
        from ui import i18n

        return i18n.decimal(value)
    if isinstance(value, dict):
        return "; ".join(
            f"{field_label(table, str(k))}: {value_text(table, v, str(k))}"
            for k, v in value.items()
            if k != "uuid"
        )
    return json.dumps(value, ensure_ascii=False)


def office_label(name: str) -> str:
    """An office's name; the hub's (the program named it) in the app's language."""
    return _tr(HUB_LABEL) if name == HUB else name
