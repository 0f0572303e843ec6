"""The words of a report in the language it is written in (en, ru, kk, ko).

A report goes to a partner, so it is written in a language chosen for it (English by default),
not in the language of whoever makes it. :class:`ReportLanguage` gives:

- :meth:`~ReportLanguage.text`: the report's own words (titles, headers, yes/no, genders), from
  :data:`TEXTS` below, keyed by the English;
- :meth:`~ReportLanguage.country`: a country's name from pycountry's translations (the gettext
  domain ``iso3166-1`` pycountry ships for each of these languages);
- :meth:`~ReportLanguage.message`: a service's message (a completion reason) from the app's
  messages catalogue, ``resources/translations/messages_<lang>.ts`` (read as XML: no Qt here),
  the same translations the app shows. A code without a translation stays English.
"""

from __future__ import annotations

import functools
import gettext
import string
import xml.etree.ElementTree as ET
from typing import Any

from course_manager.domain.messages import Message, MessageKind, args_with_decimal_mark

#: Code -> the language's own name (what a chooser shows).
REPORT_LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша", "ko": "한국어"}
DEFAULT_LANGUAGE = "en"

UNKNOWN_LANGUAGE = MessageKind(
    "report.unknown_language", "{language}: reports are written in {known}; choose one of them"
)

#: English -> (ru, kk, ko). Placeholders are str.format names, kept in every translation.
TEXTS: dict[str, tuple[str, str, str]] = {
    # headers
    "Participant": ("Участник", "Қатысушы", "참가자"),
    "Name in Latin letters": ("Имя латиницей", "Латын әріптерімен аты", "로마자 이름"),
    "E-mail": ("Эл. почта", "Эл. пошта", "이메일"),
    "Country": ("Страна", "Ел", "국가"),
    "Organization": ("Организация", "Ұйым", "소속 기관"),
    "Gender": ("Пол", "Жынысы", "성별"),
    "Hours attended": ("Часы посещения", "Қатысқан сағат", "출석 시간"),
    "Attendance": ("Посещаемость", "Қатысу", "출석률"),
    "Completed": ("Завершил(а)", "Аяқтады", "수료"),
    "Reasons": ("Причины", "Себептері", "사유"),
    "Override": ("Решение координатора", "Үйлестіруші шешімі", "코디네이터 결정"),
    "Enrolled": ("Зачислено", "Тіркелген", "등록"),
    "Withdrawn": ("Выбыли", "Шыққандар", "중도 포기"),
    "Completion rate": ("Доля завершивших", "Аяқтау үлесі", "수료율"),
    "Training hours": ("Часы обучения", "Оқу сағаттары", "교육 시간"),
    "Cohort": ("Группа", "Топ", "기수"),
    "Title": ("Название", "Атауы", "과정명"),
    "Place": ("Место", "Орны", "장소"),
    "Start": ("Начало", "Басталуы", "시작"),
    "End": ("Окончание", "Аяқталуы", "종료"),
    # values
    "Yes": ("Да", "Иә", "예"),
    "No": ("Нет", "Жоқ", "아니요"),
    "Withdrawn|value": ("Выбыл(а)", "Шықты", "중도 포기"),
    # the verdict when a coordinator's decision overrides the rule (the "Override" column)
    "Yes (override)": (
        "Да (по решению)",
        "Иә (шешім бойынша)",
        "예 (코디네이터 결정)",
    ),
    "No (override)": (
        "Нет (по решению)",
        "Жоқ (шешім бойынша)",
        "아니요 (코디네이터 결정)",
    ),
    "Total": ("Итого", "Барлығы", "합계"),
    "Not stated": ("Не указано", "Көрсетілмеген", "미기재"),
    "Female": ("Женский", "Әйел", "여성"),
    "Male": ("Мужской", "Ер", "남성"),
    "late": ("опоздание", "кешікті", "지각"),
    "absent": ("отсутствие", "келмеді", "결석"),
    "excused": ("уважительная", "себепті", "사유 결석"),
    "{hours} h": ("{hours} ч", "{hours} сағ", "{hours}시간"),
    "{verdict}: {reason} ({actor}, {date})": (
        "{verdict}: {reason} ({actor}, {date})",
        "{verdict}: {reason} ({actor}, {date})",
        "{verdict}: {reason} ({actor}, {date})",
    ),
    # sheet names (at most 31 characters)
    "Cohorts": ("Группы", "Топтар", "기수"),
    "By country": ("По странам", "Елдер бойынша", "국가별"),
    "By organization": ("По организациям", "Ұйымдар бойынша", "기관별"),
    "By gender": ("По полу", "Жынысы бойынша", "성별"),
    "Completion": ("Завершение", "Аяқтау", "수료 현황"),
    # titles and notes
    "Cohorts: {scope}": ("Группы: {scope}", "Топтар: {scope}", "기수: {scope}"),
    "By country: {scope}": ("По странам: {scope}", "Елдер бойынша: {scope}", "국가별: {scope}"),
    "By organization: {scope}": (
        "По организациям: {scope}",
        "Ұйымдар бойынша: {scope}",
        "기관별: {scope}",
    ),
    "By gender: {scope}": ("По полу: {scope}", "Жынысы бойынша: {scope}", "성별: {scope}"),
    "Completion matrix: {cohort}": (
        "Матрица завершения: {cohort}",
        "Аяқтау кестесі: {cohort}",
        "수료 현황표: {cohort}",
    ),
    "Completion matrix: {cohort} · {where}": (
        "Матрица завершения: {cohort} · {where}",
        "Аяқтау кестесі: {cohort} · {where}",
        "수료 현황표: {cohort} · {where}",
    ),
    "all cohorts of {codes}": ("все группы {codes}", "{codes} барлық топтары", "{codes} 전체 기수"),
    "Course Manager, {date}": (
        "Course Manager, {date}",
        "Course Manager, {date}",
        "Course Manager, {date}",
    ),
    "Enrolled excludes withdrawn participants. {stamp}": (
        "«Зачислено» не включает выбывших. {stamp}",
        "«Тіркелген» санына шыққандар кірмейді. {stamp}",
        "'등록'에는 중도 포기자가 포함되지 않습니다. {stamp}",
    ),
    "Enrolled excludes withdrawn participants; training hours are hours attended. {stamp}": (
        "«Зачислено» не включает выбывших; часы обучения — посещённые часы. {stamp}",
        "«Тіркелген» санына шыққандар кірмейді; оқу сағаттары — қатысқан сағаттар. {stamp}",
        "'등록'에는 중도 포기자가 포함되지 않으며, 교육 시간은 출석한 시간입니다. {stamp}",
    ),
    "{rule} ✓ present, late with hours, · score. {stamp}": (
        "{rule} ✓ присутствовал(а), опоздание с часами, · балл. {stamp}",
        "{rule} ✓ қатысты, кешігу сағатымен, · балл. {stamp}",
        "{rule} ✓ 출석, 지각은 시간과 함께, · 점수. {stamp}",
    ),
    "Completion rule: {parts}.": (
        "Правило завершения: {parts}.",
        "Аяқтау ережесі: {parts}.",
        "수료 기준: {parts}.",
    ),
    "at least {share} of module hours": (
        "не менее {share} часов модулей",
        "модуль сағаттарының кемінде {share}",
        "모듈 시간의 {share} 이상",
    ),
    "all required modules": (
        "все обязательные модули",
        "барлық міндетті модульдер",
        "모든 필수 모듈",
    ),
    "scores of at least {score}": (
        "баллы не ниже {score}",
        "кемінде {score} балл",
        "{score}점 이상",
    ),
    "excused absence counts as attended": (
        "отсутствие по уважительной причине засчитывается",
        "себепті келмеу қатысу болып есептеледі",
        "사유 결석은 출석으로 인정",
    ),
}
_COLUMN = {"ru": 0, "kk": 1, "ko": 2}


def check_language(language: str) -> str:
    """``language`` when reports can be written in it; an InputError otherwise."""
    from course_manager.errors import InputError

    if language not in REPORT_LANGUAGES:
        raise InputError(UNKNOWN_LANGUAGE(language=language, known=", ".join(REPORT_LANGUAGES)))
    return language


class ReportLanguage:
    """The words of one report language."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.code = check_language(language)

    def text(self, english: str, **args: Any) -> str:
        """A report text (an English key of :data:`TEXTS`) in this language, filled in.

        A key may carry a context after ``|`` (the English is what comes before it)."""
        column = _COLUMN.get(self.code)
        template = english.split("|")[0] if column is None else TEXTS[english][column]
        return template.format(**args) if args else template

    def country(self, code: str | None) -> str:
        """A country's name and code, e.g. ``Қазақстан (KZ)``; "Not stated" when unknown."""
        if not code:
            return self.text("Not stated")
        return f"{_country_name(code, self.code)} ({code})"

    def message(self, message: Message) -> str:
        """A service's message in this language (the English when no translation exists)."""
        template = _message_catalogue(self.code).get(message.code)
        if template is None or _fields(template) != _fields(message.template):
            return message.english
        mark = "," if self.code in DECIMAL_COMMA else "."
        args = args_with_decimal_mark(message, mark)  # "69,4%" in Russian and Kazakh
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            return message.english


#: Report languages that write decimals with a comma.
DECIMAL_COMMA = frozenset({"ru", "kk"})


@functools.cache
def _country_name(code: str, language: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = str(getattr(country, "name", code))
    common = str(getattr(country, "common_name", "") or name)
    if language == DEFAULT_LANGUAGE:
        return common
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:  # a build without this language's country names: English
        return common
    translated = catalogue.gettext(common)
    if translated == common:  # the common name may be untranslated where the official is
        official = catalogue.gettext(name)
        if official != name:
            return official
    return translated


@functools.cache
def _message_catalogue(language: str) -> dict[str, str]:
    """Code -> translated template of messages_<language>.ts (empty when there is none)."""
    from course_manager.paths import resource

    path = resource("translations", f"messages_{language}.ts")
    if language == DEFAULT_LANGUAGE or not path.is_file():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not translation.text:
            continue
        out[message.findtext("comment") or ""] = translation.text
    return out


def _fields(template: str) -> list[str]:
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name)
    except ValueError:
        return ["?"]
