"""The Qt half of ``--smoke-test`` (see ``course_manager/smoke.py``): translations, window, PDF
preview, and the locale data behind sorting names and naming time zones. The launcher
(``ui/launcher.py``) hands :data:`CHECKS` to the smoke test.

Runs on Qt's ``offscreen`` platform unless a QApplication already exists, so it needs no screen
and shows nothing, yet goes through the same plugins, fonts and widgets a trainer's start does.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from course_manager import paths
from course_manager.smoke import NamedCheck, Skipped

WINDOW_TIMEOUT_S = 60.0


def _application():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return make_application(sys.argv[:1])


def check_translations(data_dir: Path) -> str:
    """Every compiled UI translation loads, and Qt's own ``qtbase_<lang>`` beside it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    _application()
    folder = paths.resource("translations")
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not compiled:
        if sources:
            raise RuntimeError(f"{len(sources)} .ts files but no compiled .qm in {folder}")
        raise Skipped("no UI translations are in this build yet")
    uncompiled = sorted({p.stem for p in sources} - {p.stem for p in compiled})
    if uncompiled:
        raise RuntimeError(f"translations not compiled: {', '.join(uncompiled)}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    languages = []
    for qm in compiled:
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise RuntimeError(f"{qm.name} does not load")
        language = translator.language() or qm.stem.rsplit("_", 1)[-1]
        languages.append(language)
        if not language.startswith("en") and not QTranslator().load(
            f"qtbase_{language}", qt_folder
        ):
            raise RuntimeError(f"Qt's own qtbase_{language}.qm is missing from {qt_folder}")
    return f"{len(compiled)} translations load ({', '.join(languages)}) with Qt's own"


def _wait(app, done, timeout_s: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def check_main_window(data_dir: Path) -> str:
    """Start as a trainer does: the window, the programme file opened, every page shown."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon

    from ui import app as ui_app
    from ui import i18n, settings_location
    from ui.main_window import PAGES, MainWindow
    from ui.operations import DbWorker

    app = _application()
    settings_location.apply()
    settings_file = Path(QSettings().fileName())
    if data_dir not in settings_file.parents:
        raise RuntimeError(f"Qt settings would go to {settings_file}, outside the data folder")
    if QIcon(str(paths.resource("icons", "course-manager.png"))).isNull():
        raise RuntimeError("the app icon does not load")
    i18n.install(i18n.saved_language())
    db_path = paths.default_db_path()
    db = DbWorker()
    window = MainWindow(db)
    painted: list[bool] = []
    window.firstPainted.connect(lambda: painted.append(True))
    try:
        window.show()
        if not _wait(app, lambda: bool(painted), WINDOW_TIMEOUT_S):
            raise RuntimeError("the main window was not painted")
        window.open_path(db_path)
        if not _wait(app, lambda: db.path is not None, WINDOW_TIMEOUT_S):
            raise RuntimeError(f"{db_path} did not open")
        for page in PAGES:
            window.show_page(page.key)
            app.processEvents()
        title = window.windowTitle()
    finally:
        window.close()
        db.close()
        window.deleteLater()
        app.processEvents()
    return (
        f"'{title}' shown with {len(PAGES)} pages and {db_path.name} open, "
        f"on the {app.platformName()} platform ({ui_app.APPLICATION})"
    )


def check_pdf_preview(data_dir: Path) -> str:
    """The certificate preview: QtPdf loads and renders a real PDF (it needs libQt6Network)."""
    from fpdf import FPDF
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    _application()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=24)
    pdf.cell(text="Course Manager")
    path = data_dir / "preview.pdf"
    pdf.output(str(path))
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() != 1:
        raise RuntimeError(f"QtPdf could not load a PDF ({error})")
    image = document.render(0, QSize(200, 280))
    if image.isNull():
        raise RuntimeError("QtPdf could not render a page")
    return f"QtPdf renders a page ({image.width()}x{image.height()})"


#: The Kazakh Cyrillic alphabet in its own order: Ә after А, Ғ after Г, ..., Ұ before Ү, and І
#: between Ы and Ь (where Russian and the root order would put it beside И).
KAZAKH_ALPHABET = (
    "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я"
)
#: Names in the order of each locale's collation (CLDR): Russian and Kazakh put Cyrillic before
#: Latin; the root order (English) keeps Latin letters with diacritics beside their base
#: letter and orders scripts Latin, Cyrillic, Georgian, Armenian, Hangul (code points would put
#: Armenian before Georgian, and Ç, Ş after Z).
SORTED_NAMES = {
    "ru_RU": ("Айбек", "Яков", "Adam", "Zaur"),
    "kk_KZ": ("Әлия", "Ұлан", "Үміт", "Іңкәр", "Adam"),
    "en_US": ("Cabbar", "Çelik", "Sara", "Şəhla", "Zaur", "Айбек", "ნინო", "Արմեն", "김민준"),
}
TIME_ZONE = b"Asia/Almaty"


def check_locale_data(data_dir: Path) -> str:
    """Names sort the way Kazakh, Russian and English readers expect, and time zones have
    Russian and Kazakh names: both come from ICU's data, which the Linux build trims
    (tools/trim_icu.py). A collation or zone name the trimmed data lacks falls back to another
    order or to English, and fails here.
    """
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    if not sys.platform.startswith("linux"):
        raise Skipped(
            "Qt collates with the system's own locale data here; "
            "only the Linux build carries (trimmed) ICU data"
        )
    _application()
    kazakh = tuple(KAZAKH_ALPHABET.split())
    for locale, names in [*SORTED_NAMES.items(), ("kk_KZ", kazakh)]:
        expected = list(names)
        got = sorted(reversed(expected), key=QCollator(QLocale(locale)).sortKey)
        if got != expected:
            raise RuntimeError(f"{locale} sorts {' '.join(expected)} as {' '.join(got)}")
    zone = QTimeZone(TIME_ZONE)
    if not zone.isValid():
        raise RuntimeError(f"the time zone {TIME_ZONE.decode()} is unknown")
    names = {
        lang: zone.displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(lang)
        )
        for lang in ("en", "ru", "kk")
    }
    for lang in ("ru", "kk"):
        if names[lang] == names["en"] or not any("а" <= c.lower() <= "я" for c in names[lang]):
            raise RuntimeError(f"{TIME_ZONE.decode()} has no {lang} name: {names[lang]!r}")
    return (
        f"kk, ru, en collation sort {len(kazakh)} Kazakh letters and names in 5 scripts; "
        f"{TIME_ZONE.decode()} is '{names['kk']}' / '{names['ru']}'"
    )


CHECKS: tuple[NamedCheck, ...] = (
    ("translations", check_translations),
    ("main window", check_main_window),
    ("pdf preview", check_pdf_preview),
    ("locale data", check_locale_data),
)
