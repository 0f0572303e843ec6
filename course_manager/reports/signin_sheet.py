"""Print-ready sign-in sheet (PDF, fpdf2) for one module of a cohort.

Each page carries the organisation, the cohort, the module, its date and the venue in the
header and "Page 1 of N" in the footer. The table lists everyone enrolled (not withdrawn) in
alphabetical order of their name as written, with the Latin spelling under it when it differs,
their organization, and an empty signature column with room to sign. Names in every script the
programme meets print through the same fonts and shaping as the certificates
(:mod:`course_manager.certificates.fonts`: Noto Sans and a font per script, the office's own
font files first; HarfBuzz shaping when a name needs it). Each cell starts where its text's
reader starts: a right-to-left name or organization (Arabic script, Thaana) at the column's
right edge, everything else at the left; the Latin spelling under a name is a cell of its own.
A name with a letter no font draws prints as its Latin spelling (see :func:`_sheet_rows`).

The sheet's own words (title, labels, column headings, footer, closing note, date, hours)
come in its languages, "Қатысушы / Участник": those chosen (``languages``; on the command
line ``signin-sheet --language kk,ru``), else the cohort's (:func:`sheet_languages`: a kk/ru
cohort's sheet is in Kazakh and Russian; a cohort of one language adds English, an English
one Russian). The module's title is given in each of them that it has; the organisation's
name is the first language's (else English); the date is written as the first language
writes it.

API: ``write_signin_sheet(ws, cohort_id, cohort_module_id, out, languages=None) -> pages``;
``signin_sheet_bytes(...)`` returns the PDF without writing a file (for previews and tests).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from course_manager.certificates.fonts import (
    SANS,
    actual_text,
    drop_unused,
    is_rtl,
    missing_glyphs,
    needs_shaping,
    prepare_text,
    primary_family,
    register_fonts,
    set_shaping,
)
from course_manager.certificates.wording import ONLINE, format_dates
from course_manager.domain import settings as keys
from course_manager.domain.messages import MessageKind
from course_manager.domain.rules import clean_text
from course_manager.errors import InputError
from course_manager.fileio import check_output_file, write_bytes
from course_manager.reports.script_text import starts_right_to_left

log = logging.getLogger(__name__)

MODULE_NOT_RUN = MessageKind(
    "signin_sheet.module_not_run", "Module {module} is not run by cohort {cohort}."
)
NOBODY_ENROLLED = MessageKind(
    "signin_sheet.nobody_enrolled", "Nobody is enrolled in {cohort} yet; there is no one to list."
)
UNKNOWN_LANGUAGE = MessageKind(
    "signin_sheet.unknown_language",
    "{language}: sign-in sheets are written in {known}; choose among them",
)

_MARGIN = 14
_COLUMNS = (9, 66, 62, 45)  # №, participant, organization, signature (mm, A4 portrait)
_PAD_Y, _PAD_X = 3.2, 1.5  # cell padding (mm)
#: The languages a sheet's own words come in.
SHEET_LANGUAGES = ("en", "ru", "kk", "ko")
#: The sheet's words: key -> (en, ru, kk, ko). Placeholders are str.format names.
_LABELS: dict[str, tuple[str, str, str, str]] = {
    "title": ("Sign-in sheet", "Лист регистрации", "Тіркеу парағы", "출석 서명부"),
    "cohort": ("Cohort", "Группа", "Топ", "기수"),
    "module": ("Module", "Модуль", "Модуль", "모듈"),
    "date": ("Date", "Дата", "Күні", "날짜"),
    "venue": ("Venue", "Место", "Өтетін орны", "장소"),
    "trainers": ("Trainers", "Тренеры", "Тренерлер", "강사"),
    "participant": ("Participant", "Участник", "Қатысушы", "참가자"),
    "organization": ("Organization", "Организация", "Ұйым", "소속 기관"),
    "signature": ("Signature", "Подпись", "Қолы", "서명"),
    "page": (
        "Page {page} of {pages}",
        "Страница {page} из {pages}",
        "{pages} беттің {page}-беті",
        "{page}/{pages}쪽",
    ),
    "hours": ("{hours} h", "{hours} ч", "{hours} сағ", "{hours}시간"),
    "note": (
        "{count} participants. Printed by Course Manager; please return the signed sheet to "
        "the coordinator.",
        "Участников: {count}. Напечатано в Course Manager; пожалуйста, верните подписанный "
        "лист координатору.",
        "Қатысушылар саны: {count}. Course Manager бағдарламасында басылды; қол қойылған "
        "парақты үйлестірушіге қайтарыңыз.",
        "참가자 {count}명. Course Manager에서 인쇄했습니다. 서명한 명단을 코디네이터에게 "
        "돌려주세요.",
    ),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
}
_ONLINE_KO = "온라인"


def sheet_languages(cohort_language: str | None) -> tuple[str, ...]:
    """The languages of a cohort's sheet when none are chosen: the cohort's own ("kk/ru":
    Kazakh, then Russian); one language is paired with English (English with Russian, as
    the programme's sheets always were); a language the sheet has no words for is left out
    (none left: English and Russian)."""
    own = [p.strip().lower() for p in (cohort_language or "").split("/")]
    chosen = [lang for lang in dict.fromkeys(own) if lang in SHEET_LANGUAGES]
    if not chosen:
        return ("en", "ru")
    if len(chosen) == 1:
        chosen.append("ru" if chosen[0] == "en" else "en")
    return tuple(chosen)


def check_languages(languages: Sequence[str]) -> tuple[str, ...]:
    """``languages`` (in order, each once) when the sheet has words for each; an
    InputError naming the first it lacks otherwise (none given: an InputError too)."""
    chosen = tuple(dict.fromkeys(lang.strip().lower() for lang in languages if lang.strip()))
    unknown = [lang for lang in chosen if lang not in SHEET_LANGUAGES] or ([] if chosen else [""])
    if unknown:
        raise InputError(
            UNKNOWN_LANGUAGE(language=unknown[0] or '""', known=", ".join(SHEET_LANGUAGES))
        )
    return chosen


def _word(key: str, lang: str, **args: Any) -> str:
    text = _LABELS[key][SHEET_LANGUAGES.index(lang)]
    return text.format(**args) if args else text


def _words(key: str, languages: Sequence[str], **args: Any) -> str:
    """A text in each of the sheet's languages, "Қатысушы / Участник" (each once)."""
    return " / ".join(dict.fromkeys(_word(key, lang, **args) for lang in languages))


def _long_date(iso: str | None, lang: str = "en") -> str:
    """A module's day as ``lang`` writes it, with its weekday: "26 October 2026 (Monday)",
    "26 октября 2026 г. (понедельник)", "2026 ж. қазан 26 (дүйсенбі)",
    "2026년 10월 26일 (월요일)"."""
    if not iso:
        return "—"
    day = dt.date.fromisoformat(iso)
    weekday = _WEEKDAYS.get(lang, _WEEKDAYS["en"])[day.weekday()]
    if lang == "ko":
        written = f"{day.year}년 {day.month}월 {day.day}일"
    else:
        written = format_dates(iso, iso, lang)
    return f"{written} ({weekday})"


# Letters that follow a base letter in the Kazakh/Russian alphabets (Ә after А, Ё after Е, ...):
# sorted by code point they would land after Я.
_AFTER = {
    "ә": "а\U0010fffe",
    "ё": "е\U0010fffe",
    "ғ": "г\U0010fffe",
    "қ": "к\U0010fffe",
    "ң": "н\U0010fffe",
    "ө": "о\U0010fffe",
    "ұ": "у\U0010fffe",
    "ү": "у\U0010ffff",
    "һ": "х\U0010fffe",
    "і": "ы\U0010fffe",
}
_AFTER_TABLE = str.maketrans(_AFTER)


def alphabetical_key(name: str) -> str:
    """Sort key for names: case-insensitive, with Kazakh letters in their alphabet's place."""
    return prepare_text(name).casefold().translate(_AFTER_TABLE)


def text_align(text: str) -> str:
    """Where a cell's text starts: "RIGHT" when it reads from the right (its first strong
    character is right-to-left: Arabic script, Thaana...), else "LEFT"."""
    return "RIGHT" if starts_right_to_left(text) else "LEFT"


def _literal(text: str) -> str:
    """Escape fpdf2's markdown markers so names and organizations print exactly as typed."""
    for marker in ("**", "__", "--", "~~"):
        text = text.replace(marker, "\\" + marker)
    return text


def _sheet_rows(ws: Any, cohort_id: int, office: list[str]) -> list[tuple[str, str, str]]:
    """(name, Latin spelling or "", organization) of everyone listed, in alphabetical order.

    A name with a letter no font draws (a script without a bundled font, and the office's
    fonts lack it too) would print with a gap where the letter is, or as an empty line: the
    row then shows the Latin spelling in its place, so the person finds their row and the
    sheet shows no blank; the log says whose name and which letters."""
    people = ws.participants.list(cohort_id, include_withdrawn=False)
    rows = []
    for p in people:
        name = prepare_text(p.full_name)
        latin = prepare_text(p.full_name_latin)
        latin = latin if latin and latin != name else ""
        missing = missing_glyphs(name, office_fonts=office, looks=("sans",))
        if missing:
            log.warning(
                "no font draws %s in the name %r; the sheet %s",
                " ".join(sorted(missing)),
                name,
                f"shows its Latin spelling {latin!r}" if latin else "shows the rest of it",
            )
            name, latin = (latin, "") if latin else (name, latin)
        rows.append((name, latin, prepare_text(p.organization)))
    rows.sort(key=lambda r: (alphabetical_key(r[0]), alphabetical_key(r[1])))
    return rows


def signin_sheet_bytes(
    ws: Any, cohort_id: int, cohort_module_id: int, languages: Sequence[str] | None = None
) -> tuple[bytes, int]:
    """The PDF and its page count; its words in ``languages`` (None: the cohort's,
    :func:`sheet_languages`)."""
    from fpdf import FPDF
    from fpdf.enums import CellBordersLayout
    from fpdf.fonts import FontFace

    sides = CellBordersLayout
    _ABOVE = sides.LEFT | sides.RIGHT | sides.TOP  # the name over its Latin spelling
    _BELOW = sides.LEFT | sides.RIGHT | sides.BOTTOM

    chosen = check_languages(languages) if languages is not None else None
    cohort = ws.cohorts.get(cohort_id)
    langs = chosen or sheet_languages(cohort.language)
    first = langs[0]
    module = ws.cohorts.cohort_module(cohort_module_id)
    if module.cohort_id != cohort.id:
        raise InputError(MODULE_NOT_RUN(module=module.module_code, cohort=cohort.code))
    office = [p for p in ws.settings.value(keys.CERTIFICATE_FONT_FILES) if p]
    rows = _sheet_rows(ws, cohort.id, office)
    if not rows:
        raise InputError(NOBODY_ENROLLED(cohort=cohort.code))
    names = [ws.settings.value(keys.ORGANISATION_NAMES[lang]) for lang in (*langs, "en")
             if lang in keys.ORGANISATION_NAMES]  # fmt: skip
    organisation = clean_text(next((n for n in names if n and clean_text(n)), ""))
    titles = [getattr(module, f"title_{lang}", "") for lang in langs]
    module_title = " / ".join(dict.fromkeys(t for t in titles if t)) or module.title_en
    hours = _word("hours", first, hours=f"{module.hours:g}") if module.hours else ""
    if cohort.online:
        place = ONLINE.get(first, _ONLINE_KO if first == "ko" else ONLINE["en"])
    else:
        place = cohort.place
    header_lines = [
        (_words("cohort", langs), f"{cohort.code}  {cohort.title}".strip()),
        (_words("module", langs), f"{module.module_code}  {module_title}"),
        (_words("date", langs), _long_date(module.date, first) + (f", {hours}" if hours else "")),
        (_words("venue", langs), ", ".join(p for p in (cohort.venue, place) if p) or "—"),
    ]
    if cohort.trainers:
        header_lines.append((_words("trainers", langs), ", ".join(cohort.trainers)))
    title = _words("title", langs)
    headings = ["№", *(_words(key, langs) for key in ("participant", "organization", "signature"))]
    note = "\n".join(dict.fromkeys(_word("note", lang, count=len(rows)) for lang in langs))
    own_words = [title, note, *headings, *(label for label, _ in header_lines)]
    own_words += [_words("page", langs, page=0, pages=0)]
    texts = [t for r in rows for t in r] + [v for _, v in header_lines] + [organisation]
    texts += own_words

    class SigninPDF(FPDF):
        def _render_styled_text_line(self, text_line: Any, *args: Any, **kwargs: Any) -> bool:
            # pdftotext reads a left-to-right shaped line (Indic, Khmer, Myanmar, marks) from
            # its ActualText, as on the certificates; a right-to-left one from its glyphs,
            # which it orders itself (given ActualText it would reverse it)
            text = "".join(fragment.string for fragment in text_line.fragments)
            height = args[0] if args else kwargs.get("h")
            if height is None or not needs_shaping(text) or is_rtl(text):
                return bool(super()._render_styled_text_line(text_line, *args, **kwargs))
            self._perform_page_break_if_need_be(height)  # (first: the span stays on one page)
            begin, end = actual_text(text)
            self._out(begin)
            broke = super()._render_styled_text_line(text_line, *args, **kwargs)
            self._out(end)
            return bool(broke)

        def header(self) -> None:
            self.set_font(SANS, "B", 15)
            self.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
            if organisation:
                self.set_font(SANS, "", 9)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, organisation, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            self.ln(2)
            self.set_font(SANS, "", 9)  # the labels' column: as wide as the longest label
            width = max(34.0, *(self.get_string_width(label) + 3 for label, _ in header_lines))
            for label, value in header_lines:
                self.set_font(SANS, "", 9)
                self.set_text_color(90, 90, 90)
                self.cell(width, 5.5, label)
                self.set_text_color(0, 0, 0)
                self.set_font(SANS, "B", 10)
                self.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        last_footer_drawn = False

        def footer(self) -> None:
            if self.last_footer_drawn:
                return
            self.set_y(-12)
            self.set_font(SANS, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 6, f"{cohort.code} · {module.module_code}", align="L")
            self.set_x(self.l_margin)
            page = _words("page", langs, page=self.page_no(), pages="{nb}")
            self.cell(0, 6, page, align="R")
            self.set_text_color(0, 0, 0)

    pdf = SigninPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creator("Course Manager")
    pdf.set_title(f"{_word('title', first)} {cohort.code} {module.module_code}")
    pdf.set_lang(first)
    pdf.set_creation_date(dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    pdf.set_margins(_MARGIN, _MARGIN, _MARGIN)
    pdf.set_auto_page_break(auto=True, margin=18)
    register_fonts(pdf, for_text=texts, office_fonts=office, look="sans")
    if any(needs_shaping(t) for t in texts):  # (only then: unshaped text is faster)
        # the same shaping as the certificates (HarfBuzz: direction, joining, marks); a
        # sheet is one document, so it is switched on for the whole of it
        set_shaping(pdf, " ".join(texts))
    pdf.alias_nb_pages()

    def face_for(text: str, style: str) -> FontFace | None:
        # shaped text (Arabic, Thaana, Indic...) starts in its script's font, as on the
        # certificates, so its words and spaces are one run in the right order
        family = primary_family(pdf, text, "sans", style) if needs_shaping(text) else SANS
        return FontFace(family=family) if family != SANS else None

    pdf.add_page()
    heading = FontFace(emphasis="BOLD", fill_color=(221, 228, 238))
    pdf.set_font(SANS, "", 10)
    with pdf.table(
        col_widths=_COLUMNS,
        width=sum(_COLUMNS),
        line_height=5,
        padding=(_PAD_Y, _PAD_X),
        headings_style=heading,
        repeat_headings=1,
        text_align=("RIGHT", "LEFT", "LEFT", "LEFT"),
        v_align="MIDDLE",
        borders_layout="ALL",
        markdown=True,
    ) as table:
        table.row(headings)
        for number, (name, latin, organization) in enumerate(rows, start=1):
            # A person with a Latin spelling takes two table rows: the name and, under it, the
            # Latin spelling, each a cell of its own with its own font and its own alignment
            # (an Arabic name from the right edge, its Latin spelling from the left); the
            # number, organization and signature cells span both and no line parts the two.
            span = 2 if latin else 1
            row = table.row()
            row.cell(str(number), rowspan=span)
            row.cell(
                f"**{_literal(name)}**",
                align=text_align(name),
                v_align="BOTTOM" if latin else None,
                style=face_for(name, "B"),
                padding=(_PAD_Y, _PAD_X, 0, _PAD_X) if latin else None,
                border=_ABOVE if latin else CellBordersLayout.INHERIT,
            )
            row.cell(
                _literal(organization),
                align=text_align(organization),
                style=face_for(organization, ""),
                rowspan=span,
            )
            row.cell("", rowspan=span)
            if latin:
                under = table.row()
                under.cell(
                    _literal(latin),
                    align=text_align(latin),
                    v_align="TOP",
                    style=face_for(latin, ""),
                    padding=(0, _PAD_X, _PAD_Y, _PAD_X),
                    border=_BELOW,
                )
    pdf.set_font(SANS, "", 8)
    pdf.ln(3)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4.5, note)
    # The last page's footer now, not in output(): drop_unused then keeps the fonts it draws
    # with (a Hangul footer's), and fpdf2 finds the fallback fonts it names.
    pdf._render_footer()  # noqa: SLF001
    pdf.last_footer_drawn = True
    drop_unused(pdf)
    return bytes(pdf.output()), pdf.page_no()


def write_signin_sheet(
    ws: Any,
    cohort_id: int,
    cohort_module_id: int,
    out: Path,
    languages: Sequence[str] | None = None,
) -> int:
    """Write the PDF to ``out`` (appearing only when complete); returns the number of pages."""
    check_output_file(out)
    data, pages = signin_sheet_bytes(ws, cohort_id, cohort_module_id, languages)
    write_bytes(out, data)
    return pages
