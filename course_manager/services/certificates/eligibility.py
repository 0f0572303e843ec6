"""Who may get a certificate, and which texts no bundled font can draw (the preflight).

The verdict is the completion service's (rule, overrides, withdrawals); issuing, the app's
certificates screen and the CLI all ask through :func:`completion_reasons` and
:func:`eligible_enrollments`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from course_manager.domain.messages import Message, join
from course_manager.domain.models import Enrollment, Participant

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

#: Why not eligible: one or more messages (code and arguments; the app translates them).
Reasons = tuple[Message, ...]


@dataclass(frozen=True, slots=True)
class GlyphProblem:
    participant_id: int | None
    name: str
    field: str
    characters: str


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
    """Every name or text of this cohort's certificates with a character no bundled font draws."""
    from course_manager.certificates import fonts, templates
    from course_manager.services.certificates.sheet import sheet_fields, template_name

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = templates.load(template_name(ws, template))
    problems: list[GlyphProblem] = []
    sheet_texts = [*templates.texts_of(tpl), *sheet_fields(ws, cohort).values()]
    for text in sheet_texts:
        if bad := fonts.missing_glyphs(text):
            problems.append(GlyphProblem(None, text, "template", in_order(text, bad)))
    people = participants if participants is not None else ws.participants.list(cohort.id)
    for p in people:
        for fld in ("full_name", "full_name_latin"):
            text = str(getattr(p, fld))
            if bad := fonts.missing_glyphs(text):
                problems.append(GlyphProblem(p.id, p.full_name, fld, in_order(text, bad)))
    return problems


def in_order(text: str, chars: set[str]) -> str:
    """The characters of ``chars`` in the order they appear in ``text`` (readable in a report)."""
    from course_manager.certificates.fonts import prepare_text

    return "".join(c for c in dict.fromkeys(prepare_text(text)) if c in chars)
