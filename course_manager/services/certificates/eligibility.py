"""Who may get a certificate, and which texts would not print right (the preflight).

The verdict is the completion service's (rule, overrides, withdrawals); issuing, the app's
certificates screen and the CLI all ask through :func:`completion_reasons` and
:func:`eligible_enrollments`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from course_manager.domain import settings as keys
from course_manager.domain.messages import TEXT, Message, MessageKind, join
from course_manager.domain.models import Enrollment, Participant

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

ORGANISATION_SETTING = keys.ORGANISATION_NAME_EN.key
NAME_TOO_LONG = MessageKind(
    "preflight.name_too_long",
    "the name “{name}” does not fit the certificate, even on two lines at a readable size",
)
LATIN_TOO_LONG = MessageKind(
    "preflight.latin_too_long",
    "the Latin form “{latin}” of “{name}” does not fit its line on the certificate at a "
    "readable size",
)
#: A person's name (``field``: which, a Message of :data:`FIELD_LABELS`) has characters no
#: font draws; the characters are shown as they are, the name as typed.
PERSON_CANNOT_PRINT = MessageKind(
    "preflight.person_cannot_print",
    "{name} — {field}: characters no font can print: {characters}",
)
#: A text of the template, the cohort or the settings has characters no font draws.
TEXT_CANNOT_PRINT = MessageKind(
    "preflight.text_cannot_print",
    "{field} “{text}”: characters no font can print: {characters}",
)
#: What a preflight ``field`` is called where people see it (a key's prefix for the per-language
#: keys: "programme" for programme_en, programme_ru...).
FIELD_LABELS = {
    "full_name": MessageKind("preflight.field.full_name", "Name"),
    "full_name_latin": MessageKind("preflight.field.full_name_latin", "Name (Latin)"),
    "template": MessageKind("preflight.field.template", "Template text"),
    "signatories": MessageKind("preflight.field.signatories", "Signatory"),
    ORGANISATION_SETTING: MessageKind("preflight.field.organisation", "Organisation"),
    "cohort": MessageKind("preflight.field.cohort", "Cohort"),
    "cohort_title": MessageKind("preflight.field.cohort_title", "Cohort title"),
    "hours": MessageKind("preflight.field.hours", "Hours"),
    "programme": MessageKind("preflight.field.programme", "Programme"),
    "dates": MessageKind("preflight.field.dates", "Dates"),
    "place": MessageKind("preflight.field.place", "Place"),
    "module_title": MessageKind("preflight.field.module_title", "Module title"),
}

#: Why not eligible: one or more messages (code and arguments; the app translates them).
Reasons = tuple[Message, ...]


@dataclass(frozen=True, slots=True)
class GlyphProblem:
    """A text that would not print right: ``characters`` no font draws, or (``problem`` =
    "too_long", ``characters`` empty) a name (``field`` "full_name") or Latin form
    ("full_name_latin") that does not fit its frame or line at a readable size.
    ``participant_id`` None: a text of the template or the settings, ``field`` names which.
    ``text``: the text of a person's field that is too long."""

    participant_id: int | None
    name: str
    field: str
    characters: str
    problem: str = "glyphs"
    text: str = ""


def completion_reasons(ws: Workspace, cohort_id: int) -> dict[int, Reasons | None]:
    """Enrollment id -> None if the person completed the cohort, else why not (messages;
    :func:`reasons_text` gives their English, as the command line prints it)."""
    from course_manager.services.completion import evaluate_cohort

    # why_not: withdrawn, a coordinator's "not completed", or the rule's reasons; () if completed
    return {r.enrollment_id: r.why_not or None for r in evaluate_cohort(ws, cohort_id)}


def reasons_text(reasons: Reasons | None) -> str:
    """The English of a person's reasons, joined by "; " ("" when eligible)."""
    return join(list(reasons)) if reasons else ""


def eligible_enrollments(ws: Workspace, cohort_id: int) -> list[Enrollment]:
    """Enrollments of people who completed the cohort (the one place issuing asks)."""
    reasons = completion_reasons(ws, cohort_id)
    return [e for e in ws.enrollments.for_cohort(cohort_id) if reasons.get(e.id or 0) is None]


def preflight(
    ws: Workspace,
    cohort_code: str,
    *,
    template: str | None = None,
    participants: Sequence[Participant] | None = None,
) -> list[GlyphProblem]:
    """Every text this cohort's certificates print that would not print right: characters
    without a real glyph in the chosen font (the office's font files first, then the bundled
    ones), and names that do not fit their frame. Checks the template's texts, the cohort's
    texts (programme, place, dates), the organisation, the signatories' names and titles, the
    modules and every participant's name and Latin name (each must also fit: the name its
    frame, on two lines if need be, the Latin form its line, at a readable size)."""
    from course_manager.certificates import fonts, templates
    from course_manager.certificates.render import CertificateDocument
    from course_manager.services.certificates.sheet import build_sheet, template_name

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = templates.load(template_name(ws, template))
    sheet = build_sheet(ws, cohort, tpl)
    office = sheet.font_files
    problems: list[GlyphProblem] = []

    def check(pid: int | None, who: str, fld: str, text: str) -> None:
        if bad := fonts.missing_glyphs(text, office_fonts=office):
            problems.append(GlyphProblem(pid, who, fld, in_order(text, bad)))

    for text in templates.texts_of(tpl):
        check(None, text, "template", text)
    for key, text in sheet.fields.items():
        check(None, text, key, text)
    check(None, sheet.issuer, ORGANISATION_SETTING, sheet.issuer)
    for signatory in sheet.signatories:
        check(None, signatory.name, "signatories", signatory.name)
        for line in signatory.title.split("\n"):
            check(None, line, "signatories", line)
    for module in sheet.modules:
        for lang, title in module.titles.items():
            check(None, title, f"module_title_{lang}", title)
    people = participants if participants is not None else ws.participants.list(cohort.id)
    doc: CertificateDocument | None = None
    for p in people:
        before = len(problems)
        for fld in ("full_name", "full_name_latin"):
            check(p.id, p.full_name, fld, str(getattr(p, fld)))
        if len(problems) > before:
            continue
        if doc is None:
            names = [q.full_name + q.full_name_latin for q in people]
            doc = CertificateDocument(tpl, sheet, names=names)
        if not doc.name_fits(p.full_name):
            problems.append(
                GlyphProblem(p.id, p.full_name, "full_name", "", "too_long", p.full_name)
            )
        elif "name_latin" in doc.fields_too_long(p.full_name, p.full_name_latin):
            problems.append(
                GlyphProblem(
                    p.id, p.full_name, "full_name_latin", "", "too_long", p.full_name_latin
                )
            )
    return problems


def person_problem(ws: Workspace, cohort_code: str, person: Participant) -> GlyphProblem | None:
    """Why one person's certificate cannot be made (characters, no room), or None."""
    found = preflight(ws, cohort_code, participants=[person])
    mine = [p for p in found if p.participant_id == person.id]
    return mine[0] if mine else None


def problem_text(problem: GlyphProblem) -> str:
    """One line of English for a preflight problem (what the CLI prints)."""
    return problem_message(problem).english


def problem_message(problem: GlyphProblem) -> Message:
    """A preflight problem as a message (the app translates it by code): who, which field as
    people know it, and the characters themselves."""
    if problem.problem == "too_long" and problem.field == "full_name_latin":
        return LATIN_TOO_LONG(latin=problem.text, name=problem.name)
    if problem.problem == "too_long":
        return NAME_TOO_LONG(name=problem.name)
    field = field_label(problem.field)
    if problem.participant_id is not None:
        return PERSON_CANNOT_PRINT(name=problem.name, field=field, characters=problem.characters)
    return TEXT_CANNOT_PRINT(field=field, text=problem.name, characters=problem.characters)


def field_label(field: str) -> Message:
    """What a preflight field is called (its key when it has no name of its own)."""
    kind = FIELD_LABELS.get(field)
    if kind is None and "_" in field and field.rsplit("_", 1)[1] in ("en", "ru", "kk"):
        kind = FIELD_LABELS.get(field.rsplit("_", 1)[0])  # programme_ru -> programme
    return kind() if kind is not None else TEXT(text=field)


def check_font_files(paths: Sequence[str]) -> list[str]:
    """The office's font files as the setting keeps them (absolute paths), each checked to be
    a font the certificates can use; :class:`InputError` naming the file that is not."""
    from course_manager.certificates import fonts

    return [str(fonts.check_font_file(p).resolve()) for p in paths if str(p).strip()]


def in_order(text: str, chars: set[str]) -> str:
    """The characters of ``chars`` in the order they appear in ``text`` (readable in a report)."""
    from course_manager.certificates.fonts import prepare_text

    return "".join(c for c in dict.fromkeys(prepare_text(text)) if c in chars)
