"""Regenerate tests/data/importers/: participant lists as coordinators receive them.

Text files are written byte by byte here (encodings, separators, BOMs, CRLF are the point);
workbooks are drafted with openpyxl and then re-saved by LibreOffice headless, so the committed
.xlsx/.xls/.ods files are what a real spreadsheet program writes. Needs ``soffice`` on PATH.

    python tools/make_import_fixtures.py
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "importers"


def write_csv(
    name: str,
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    crlf: bool = False,
    bom: bool = False,
) -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = ("\ufeff".encode(encoding) if encoding != "utf-8" else b"\xef\xbb\xbf") + data
    path = OUT / name
    path.write_bytes(data)
    return path


def soffice(src: Path, fmt: str, out_name: str, infilter: str | None = None) -> Path:
    """Have LibreOffice open ``src`` and save it as ``fmt`` under ``OUT/out_name``."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        cmd += ["--convert-to", fmt, "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
        produced = Path(tmp) / f"{src.stem}.{fmt.split(':')[0]}"
        target = OUT / out_name
        shutil.copyfile(produced, target)
    return target


# -- a hand-typed list: title, blank row, №, totals and signature, list on the third sheet -----

HAND_HEADER = ["№", "Ф.И.О.", "Страна", "Организация", "Должность", "Пол", "Эл. почта", "Телефон"]
HAND_ROWS = [
    [
        1,
        "Сейткали Айгерим Нурлановна",
        "Казахстан",
        "Агентство по делам госслужбы",
        "Главный эксперт",
        "ж",
        "a.seitkali@gov.kz",
        77011234567,
    ],
    [
        2,
        "Мамедов Эльчин Рауф оглы",
        "Azərbaycan",
        "ASAN xidmət",
        "Şöbə müdiri",
        "м",
        "E.Mammadov@asan.gov.az",
        994501234567,
    ],
    [
        3,
        "Ким Мин Су",
        "Южная Корея",
        "National Information Society Agency",
        "Researcher",
        "м",
        "minsu.kim@nia.or.kr",
        "+82 10 1234 5678",
    ],
    [
        4,
        "Бекова Жылдыз",
        "Киргизия",
        "Министерство цифрового развития",
        "Специалист",
        "ж",
        "",
        996555123456,
    ],
    [
        5,
        "Гелашвили Нино",
        "Georgia ",
        "Public Service Hall",
        "Manager",
        "ж",
        "nino.gelashvili@psh.gov.ge",
        "",
    ],
    [
        6,
        "Батбаяр Энхтуяа",
        "Монгол Улс",
        "Төрийн албаны зөвлөл",
        "Мэргэжилтэн",
        "ж",
        "enkhtuya@csc.gov.mn",
        97699112233,
    ],
]


def hand_list() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    info = book.active
    info.title = "Инструкция"
    info.append(["Заполните список на листе «Участники». Не меняйте заголовки."])
    hidden = book.create_sheet("Старый список")
    hidden.sheet_state = "hidden"
    hidden.append(
        [
            "№",
            "ФИО",
            "Страна",
            "Организация",
            "Должность",
            "Пол",
            "Эл. почта",
            "Телефон",
            "Примечание",
        ]
    )
    hidden.append([1, "Старый Участник", "Казахстан", "Архив", "", "м", "old@archive.kz", "", ""])
    sheet = book.create_sheet("Участники")
    sheet.append(["Список участников семинара «Цифровое правительство», 12–16 мая 2026 г."])
    sheet.merge_cells("A1:H1")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(HAND_HEADER)
    for row in HAND_ROWS:
        sheet.append(row)
    sheet.append([])
    sheet.append(["Итого: 6 участников"])
    sheet.append(["Ответственный: ____________ Нурланова А."])
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "hand_list_ru.xlsx"
        book.save(draft)
        soffice(draft, "xlsx", "hand_list_ru.xlsx")
    soffice(OUT / "hand_list_ru.xlsx", "xls", "hand_list_ru.xls")
    soffice(OUT / "hand_list_ru.xlsx", "ods", "hand_list_ru.ods")


# -- registration forms -------------------------------------------------------------------------


def google_forms() -> None:
    header = [
        "Отметка времени",
        "Адрес электронной почты",
        "Фамилия",
        "Имя",
        "Отчество",
        "Страна",
        "Организация",
        "Должность",
        "Пол",
        "Номер телефона",
    ]
    rows = [
        [
            "12.05.2026 10:01:12",
            "aliyev.r@gov.uz",
            "Алиев",
            "Рустам",
            "Шухратович",
            "Узбекистан",
            "Агентство государственных услуг\nРеспублики Узбекистан",
            "Начальник отдела",
            "Мужской",
            "+998 90 123 45 67",
        ],
        [
            "12.05.2026 10:05:40",
            "Tursunova@Gov.TJ",
            "Турсунова",
            "Мадина",
            "",
            "Таджикистан",
            'Министерство финансов, отдел "Цифровизация"',
            "Эксперт",
            "Женский",
            "992900112233",
        ],
        [
            "12.05.2026 11:17:03",
            "aliyev.r@gov.uz",
            "Алиев",
            "Рустам",
            "Шухратович",
            "Узбекистан",
            "",
            "Заместитель директора",
            "Мужской",
            "",
        ],
        [
            "12.05.2026 12:00:00",
            "bad-address@",
            "Петров",
            "Пётр",
            "",
            "Россия",
            "Минцифры",
            "",
            "Мужской",
            "",
        ],
    ]
    write_csv("google_forms_ru.csv", [header, *rows])
    soffice(OUT / "google_forms_ru.csv", "xlsx", "google_forms_ru.xlsx", infilter="CSV:44,34,76,1")
    header_en = [
        "Timestamp",
        "Email Address",
        "Full name",
        "Name in Latin letters (as in passport)",
        "Country",
        "Agency",
        "Position",
        "Gender",
        "Phone",
    ]
    rows_en = [
        [
            "2026/05/12 9:01:12 AM GMT+5",
            "hovhannisyan@gov.am",
            "Հովհաննիսյան Անի",
            "Ani Hovhannisyan",
            "Armenia",
            "Ministry of High-Tech Industry",
            "Adviser",
            "Female",
            "+374 91 123456",
        ],
        [
            "2026/05/12 9:12:40 AM GMT+5",
            "beridze@gov.ge",
            "ბერიძე გიორგი",
            "Giorgi Beridze",
            "საქართველო",
            "Digital Governance Agency",
            "Head of Unit",
            "Male",
            "",
        ],
        [
            "2026/05/12 9:30:00 AM GMT+5",
            "lee.j@mois.go.kr",
            "이지은",
            "Lee Ji-eun",
            "Korea, Republic of",
            "Ministry of the Interior and Safety",
            "Deputy Director",
            "Female",
            "+82 2 2100 3399",
        ],
        [
            "2026/05/12 9:45:00 AM GMT+5",
            "guliyeva@asan.gov.az",
            "Gülnarə Quliyeva",
            "Gulnara Guliyeva",
            "Azerbaijan",
            "ASAN xidmət, Bakı",
            "Expert",
            "Female",
            "",
        ],
    ]
    write_csv("google_forms_en.csv", [header_en, *rows_en], crlf=True)


def ms_forms() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "Last modified time",
            "Full name",
            "E-mail",
            "Country",
            "Organization",
            "Position",
            "Gender",
        ]
    )
    sheet.append(
        [
            1,
            "5/12/26 9:01:12",
            "5/12/26 9:05:30",
            "anonymous",
            "",
            "",
            "Nurlanov Daniyar",
            "d.nurlanov@astanahub.kz",
            "Kazakhstan",
            "Astana Civil Service Hub",
            "Analyst",
            "Male",
        ]
    )
    sheet.append(
        [
            2,
            "5/12/26 9:10:00",
            "5/12/26 9:14:10",
            "anonymous",
            "",
            "",
            "Tashkentova Dilnoza",
            "dilnoza.t@egov.uz",
            "Uzbekistan",
            "Ministry of Digital Technologies",
            "Chief specialist",
            "Female",
        ]
    )
    sheet.append(
        [
            3,
            "5/12/26 9:20:00",
            "5/12/26 9:21:10",
            "anonymous",
            "",
            "",
            "Karimov Bakhtiyor",
            "",
            "Tajikistan",
            "Ministry of Finance",
            "Deputy Head",
            "Male",
        ]
    )
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "ms_forms.xlsx"
        book.save(draft)
        soffice(draft, "xlsx", "ms_forms.xlsx")
    soffice(OUT / "ms_forms.xlsx", "xlsm:Calc MS Excel 2007 VBA XML", "ms_forms.xlsm")


def moodle() -> None:
    rows = [
        [
            "username",
            "firstname",
            "lastname",
            "email",
            "institution",
            "department",
            "country",
            "city",
            "phone1",
        ],
        [
            "asel.b",
            "Asel",
            "Bekova",
            "asel.bekova@gov.kg",
            "State Personnel Service",
            "HR",
            "kg",
            "Bishkek",
            "996700111222",
        ],
        [
            "timur.s",
            "Timur",
            "Saidov",
            "t.saidov@gov.tj",
            "Agency for Civil Service",
            "IT",
            "TJ",
            "Dushanbe",
            "",
        ],
    ]
    write_csv("moodle_users.csv", rows)


# -- Excel's own text exports ---------------------------------------------------------------


def excel_exports() -> None:
    rows = [
        [
            "Фамилия",
            "Имя",
            "Отчество",
            "Страна",
            "Организация",
            "Должность",
            "E-mail",
            "Телефон",
            "",
            "",
        ],
        [
            "Ковальчук",
            "Олег",
            "Петрович",
            "Беларусь",
            "Министерство связи",
            "Инженер",
            "o.kovalchuk@mpt.gov.by",
            "375291234567",
            "",
            "",
        ],
        [
            "Орлова",
            "Ирина",
            "Сергеевна",
            "Российская Федерация",
            "Минцифры России",
            "Советник",
            "",
            "",
            "",
            "",
        ],
        ["", "", "", "", "", "", "", "", "", ""],
        [
            "Ёлкин",
            "Семён",
            "",
            "Молдавия",
            "Агентство электронного управления",
            "",
            "yolkin@egov.md",
            "",
            "",
            "",
        ],
        ["", "", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", ""],
    ]
    write_csv("excel_ru_cp1251.csv", rows, encoding="cp1251", delimiter=";", crlf=True)
    western = [
        ["Name", "Country", "Organization", "E-mail"],
        ["José Martínez", "España", "Ministerio de Hacienda", "jose.martinez@hacienda.gob.es"],
        ["Jürgen Müller", "Deutschland", "Bundesministerium des Innern", "j.mueller@bmi.bund.de"],
        ["François Lefèvre", "France", "DINUM", "f.lefevre@numerique.gouv.fr"],
    ]
    write_csv("western_cp1252.csv", western, encoding="cp1252", crlf=True)
    kazakh = [
        ["Аты-жөні", "Ел", "Ұйым", "Лауазымы", "Электрондық пошта", "Жынысы"],
        [
            "Әлібек Нұрсұлтан",
            "Қазақстан",
            "Цифрлық даму министрлігі",
            "Сарапшы",
            "n.alibek@digital.gov.kz",
            "ер",
        ],
        [
            "Жұмабаева Гүлнұр",
            "Қырғызстан",
            "Мемлекеттік қызмет агенттігі",
            "Бас маман",
            "gulnur.zh@gov.kg",
            "әйел",
        ],
        [
            "Ботиров Шерзод",
            "Өзбекстан",
            "Давлат хизматлари агентлиги",
            "Бошлиқ",
            "sh.botirov@gov.uz",
            "ер",
        ],
    ]
    write_csv(
        "unicode_text_kk.txt", kazakh, encoding="utf-16-le", delimiter="\t", crlf=True, bom=True
    )
    english = [
        ["No.", "Full name", "Country", "Agency", "Position", "E-mail"],
        [
            "1",
            "Tran Van Nam",
            "Viet Nam",
            "Ministry of Home Affairs",
            "Official",
            "nam.tv@moha.gov.vn",
        ],
        ["2", "Siti Aminah", "Malaysia", "Public Service Department", "Officer", "siti@jpa.gov.my"],
    ]
    write_csv("hand_list_en.tsv", english, delimiter="\t")


def problems() -> None:
    rows = [
        ["ФИО", "Страна", "Организация", "Должность", "Эл. почта", "Примечание"],
        [
            "Иванов\u00a0 Иван\nИванович",
            "Казахстан",
            "Акимат",
            "Специалист",
            "I.Ivanov@mail.kz ",
            "",
        ],
        ["", "Казахстан", "Акимат", "Водитель", "driver@mail.kz", ""],
        ["Сидоров Сергей", "Казахстан", "Акимат", "", "sidorov@@mail.kz", ""],
        ["Нурланов Ерлан", "Нарния", "Акимат", "", "erlan@mail.kz", ""],
        ["", "", "", "", "", ""],
        [
            "Формула Тест",
            "KZ",
            '=HYPERLINK("http://evil.example","click")',
            "@SUM(A1:A9)",
            "formula@mail.kz",
            "<script>alert(1)</script>",
        ],
        ["иванов иван иванович", "Казахстан", "Другой акимат", "", "", ""],
        ["Иванов Иван Иванович", "Казахстан", "", "Главный специалист", "i.ivanov@MAIL.kz", ""],
    ]
    write_csv("problems.csv", rows)


def bad_files() -> None:
    (OUT / "not_a_spreadsheet.xlsx").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n")
    (OUT / "binary.csv").write_bytes(bytes(range(256)) * 8)
    (OUT / "empty.csv").write_bytes(b"")
    write_csv("header_only.csv", [["ФИО", "Страна", "Эл. почта"]])
    soffice(OUT / "header_only.csv", "xlsx", "header_only.xlsx", infilter="CSV:44,34,76,1")
    write_csv(
        "no_participant_columns.csv",
        [["Item", "Amount", "Date"], ["Coffee break", "120", "2026-05-12"]],
    )


def binary_workbook() -> None:
    """hand_list_ru.xlsb: a binary workbook (BIFF12), an instruction sheet before the list.

    LibreOffice reads .xlsb but cannot save one, and no dependency of the app writes it; the
    file is written by pyxlsbwriter (``pip install --target /tmp/xlsbw pyxlsbwriter``, then
    ``PYTHONPATH=/tmp/xlsbw``). Without it the committed file is kept as it is.
    """
    try:
        from pyxlsbwriter import XlsbWriter  # type: ignore[import-not-found]
    except ImportError:
        print("pyxlsbwriter is not installed: hand_list_ru.xlsb kept as committed")
        return
    with XlsbWriter(str(OUT / "hand_list_ru.xlsb")) as book:
        book.add_sheet("Инструкция")
        book.write_sheet([["Заполните список на листе «Участники»"]])
        book.add_sheet("Участники")
        book.write_sheet(
            [
                ["ФИО", "Страна", "Организация", "Эл. почта", "Телефон"],
                ["NA Min-su", "KR", "None", "minsu.na@nia.or.kr", 821012345678],
                ["Сейткали Айгерим", "KZ", "null", "a.seitkali@gov.kz", 77011234567],
            ]
        )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hand_list()
    google_forms()
    ms_forms()
    moodle()
    excel_exports()
    problems()
    bad_files()
    binary_workbook()
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.name}")


if __name__ == "__main__":
    main()
