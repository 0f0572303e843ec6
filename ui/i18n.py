"""UI languages (English, Russian, Kazakh, Korean): our own .qm files plus Qt's qtbase_<lang>.qm
for Qt's own dialogs and stock buttons.

The .ts sources are committed under resources/translations/; tools/build_translations.py
builds the .qm files. Without them the app still starts, in English. Every catalogue of the
language is loaded: course_manager (most screens), workflows (attendance, import, certificates,
reports), messages (what the services say, looked up by code in ui/message_text.py) and
qtdialogs (Qt's own texts that PySide6's qtbase_<lang>.qm lacks or words otherwise than the app:
"папка", not "каталог"; "дюйм", not "дм"). qtbase is installed first, so our catalogues answer
before it (the last translator installed is asked first). PySide6 ships qtbase_ru, qtbase_kk
and qtbase_ko. The first start follows the system locale (ko_KR -> Korean).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

#: Code -> the language's own name (shown untranslated in the chooser).
LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша", "ko": "한국어"}
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> str:
    from course_manager.paths import resource  # only when a translation is loaded

    return str(resource("translations"))


def saved_language() -> str:
    lang = str(QSettings().value(SETTINGS_KEY, "") or "")
    if lang in LANGUAGES:
        return lang
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def current_language() -> str:
    return _current


def install(lang: str) -> bool:
    """Switch the application's translators to ``lang``. False when our .qm file is missing."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    QLocale.setDefault(QLocale(_current))
    if _current == "en":
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)  # first: the last installed answers first, and ours correct Qt's
    if qt.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    ok = True
    ours = QTranslator(app)
    if ours.load(f"course_manager_{_current}", translations_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s; showing English", _current)
        ok = False
    for extra in sorted(Path(translations_dir()).glob(f"*_{_current}.qm")):
        if extra.stem == f"course_manager_{_current}":
            continue
        more = QTranslator(app)  # each part of the app may bring its own catalogue
        if more.load(str(extra)):
            app.installTranslator(more)
            _installed.append(more)
    return ok


def number(value: int) -> str:
    """A count as the UI language writes it: 20,000 in English, 20 000 in Russian and Kazakh.

    (QLocale's default follows :func:`install`; row numbers of a sheet are not counts and
    stay as the spreadsheet shows them.)
    """
    return QLocale().toString(int(value))


def decimal(value: float) -> str:
    """Hours or a score as the UI language writes them: 1.5 in English, 1,5 in Russian and
    Kazakh; a whole number without decimals (6, not 6.0)."""
    return QLocale().toString(float(value), "g", 6)
