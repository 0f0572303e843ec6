"""E-mailing certificates: .eml drafts parsed back with email.parser, and sending through a
real local SMTP server (aiosmtpd) with what arrives parsed and the attachment compared byte
for byte with the issued PDF."""

from __future__ import annotations

import shutil
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from tests.smtp_server import local_smtp_server

SERIAL_1, SERIAL_NO_EMAIL, SERIAL_2 = (
    "ACSH-DIG-2026-0001",
    "ACSH-DIG-2026-0002",
    "ACSH-DIG-2026-0003",
)


@pytest.fixture(scope="module")
def issued_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, Astana cohort in Russian, three certificates issued into the default folder:
    participant 2, participant 18 (no e-mail address) and participant 4."""
    from course_manager.services.certificates.issuing import issue
    from course_manager.services.cohorts import edit_cohort
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    folder = tmp_path_factory.mktemp("issued")
    ws = Workspace.open(folder / "programme.sqlite3")
    try:
        load_demo(ws)
        edit_cohort(ws, ws.cohorts.by_code("2026-AST-01").id, {"language": "ru"})
        issue(ws, "2026-AST-01", issue_date="2026-03-13", participants=["2", "18", "4"])
    finally:
        ws.close()
    return folder


@pytest.fixture
def issued(cli: Any, db_path: Path, issued_once: Path) -> dict[str, Path]:
    for item in issued_once.iterdir():
        dest = db_path.parent / item.name
        if item.is_dir():
            shutil.copytree(item, dest)
        elif not item.name.endswith(("-wal", "-shm")):
            shutil.copy2(item, dest)
    folder = db_path.parent / "certificates" / "2026-AST-01"
    return {p.name.split(" ")[0]: p for p in folder.glob("ACSH-*.pdf")}


def _parse(data: bytes) -> EmailMessage:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    return msg


def _attachment(msg: EmailMessage) -> tuple[str, bytes]:
    [part] = list(msg.iter_attachments())
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes) and part.get_content_type() == "application/pdf"
    return str(part.get_filename()), payload


# -- drafts ----------------------------------------------------------------------------------------


def test_eml_drafts_open_with_the_right_pdf_in_the_cohorts_language(
    cli: Any, issued: dict[str, Path], tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    r = cli("certificates", "email", "--cohort", "2026-AST-01", "--eml-dir", str(drafts), "--json")
    assert r.code == 0, r.err
    body = r.json()
    assert body["mode"] == "eml" and body["sent"] == [] and not body["cancelled"]
    written = {w["serial"]: w for w in body["written"]}
    assert set(written) == {SERIAL_1, SERIAL_2}
    [skipped] = body["skipped"]  # listed, not skipped silently
    assert skipped["serial"] == SERIAL_NO_EMAIL and skipped["reason"] == "no e-mail address"
    assert skipped["name"]
    msg = _parse(Path(written[SERIAL_1]["file"]).read_bytes())
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == "e.zhumabekov@gov.kz"
    assert msg["Subject"].startswith(f"Ваш сертификат {SERIAL_1}")
    text = msg.get_body(preferencelist=("plain",)).get_content()
    assert "Здравствуйте" in text and SERIAL_1 in text
    name, pdf = _attachment(msg)
    assert pdf == issued[SERIAL_1].read_bytes()
    assert name.startswith(SERIAL_1) and name.endswith(".pdf")
    r = cli("certificates", "email", SERIAL_2, "--eml-dir", str(tmp_path / "one"))
    assert r.code == 0 and "1 written, 0 skipped" in r.out


def test_the_page_is_cut_from_the_merged_file_when_the_person_file_is_gone(
    cli: Any, issued: dict[str, Path], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    issued[SERIAL_1].unlink()
    r = cli("certificates", "email", SERIAL_1, "--eml-dir", str(tmp_path / "d"), "--json")
    assert r.code == 0, r.err
    msg = _parse(Path(r.json()["written"][0]["file"]).read_bytes())
    _, pdf = _attachment(msg)
    (tmp_path / "cut.pdf").write_bytes(pdf)
    assert len(PdfReader(tmp_path / "cut.pdf").pages) == 1
    assert cli("verify", str(tmp_path / "cut.pdf")).code == 0  # still the genuine page


def test_bad_choices_are_plain_errors(cli: Any, issued: dict[str, Path], tmp_path: Path) -> None:
    r = cli("certificates", "email", "--eml-dir", str(tmp_path))
    assert r.code == 2 and "serial numbers or a cohort" in r.err
    r = cli("certificates", "email", "NOPE-1", "--eml-dir", str(tmp_path))
    assert r.code == 2 and r.err.startswith("error:")
    r = cli("certificates", "email", SERIAL_1, "--smtp")
    assert r.code == 2 and "No mail server is set" in r.err
    r = cli("certificates", "email", SERIAL_1)
    assert r.code == 2  # one of --eml-dir / --smtp is required
    r = cli("certificates", "email", "--help")
    assert r.code == 0 and "--eml-dir" in r.out and "--smtp" in r.out


@pytest.fixture
def smtp_server() -> Any:
    yield from local_smtp_server()


# -- a real SMTP server ----------------------------------------------------------------------------


def _settings(cli: Any, port: int) -> None:
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", str(port)),
                       ("smtp_security", "none"), ("smtp_user", "office"),
                       ("mail_from", "certificates@acsh.example")):  # fmt: skip
        assert cli("settings", "set", key, value).code == 0


def test_sending_through_smtp_records_and_a_retry_skips_those_sent(
    cli: Any, issued: dict[str, Path], smtp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(cli, smtp_server.port)
    monkeypatch.setenv("CM_SMTP_PASSWORD", "s3cret")
    r = cli("certificates", "email", "--cohort", "2026-AST-01", "--smtp", "--json")
    assert r.code == 0, r.err
    body = r.json()
    assert body["mode"] == "smtp" and body["written"] == [] and body["failed"] == []
    assert {s["serial"] for s in body["sent"]} == {SERIAL_1, SERIAL_2}
    assert all(s["at"] and s["message_id"] for s in body["sent"])
    assert [s["serial"] for s in body["skipped"]] == [SERIAL_NO_EMAIL]
    assert len(smtp_server.messages) == 2
    arrived = {_parse(data)["To"].addresses[0].addr_spec: (rcpt, _parse(data))
               for rcpt, data in smtp_server.messages}  # fmt: skip
    rcpt, msg = arrived["e.zhumabekov@gov.kz"]
    assert rcpt == ["e.zhumabekov@gov.kz"]
    assert msg["From"] == "certificates@acsh.example" and msg["X-Unsent"] is None
    assert msg["Subject"].startswith(f"Ваш сертификат {SERIAL_1}")
    assert _attachment(msg)[1] == issued[SERIAL_1].read_bytes()
    # Run again: nothing is sent twice, and each is listed as already sent.
    r = cli("certificates", "email", "--cohort", "2026-AST-01", "--smtp", "--json")
    again = r.json()
    assert r.code == 0 and again["sent"] == [] and len(smtp_server.messages) == 2
    reasons = {s["serial"]: s["reason"] for s in again["skipped"]}
    assert reasons[SERIAL_1].startswith("already sent to e.zhumabekov@gov.kz at ")
    r = cli("certificates", "email", SERIAL_1, "--smtp", "--resend", "--json")
    assert r.code == 0 and len(r.json()["sent"]) == 1 and len(smtp_server.messages) == 3


def test_a_refused_address_is_listed_and_the_rest_is_sent(
    cli: Any, issued: dict[str, Path], smtp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(cli, smtp_server.port)
    monkeypatch.setenv("CM_SMTP_PASSWORD", "s3cret")
    smtp_server.refuse.add("e.zhumabekov@gov.kz")
    r = cli("certificates", "email", SERIAL_1, SERIAL_2, "--smtp", "--json")
    assert r.code == 1
    body = r.json()
    assert [f["serial"] for f in body["failed"]] == [SERIAL_1]
    assert "550" in body["failed"][0]["reason"]
    assert [s["serial"] for s in body["sent"]] == [SERIAL_2]
    monkeypatch.setenv("CM_SMTP_PASSWORD", "wrong")
    r = cli("certificates", "email", SERIAL_1, "--smtp")
    assert r.code == 2 and "refused the login" in r.err


def test_cancel_stops_and_the_retry_sends_the_rest(
    demo_ws: Any, tmp_path: Path, smtp_server: Any
) -> None:
    from course_manager.services import Cancelled
    from course_manager.services.certificates import email
    from course_manager.services.certificates.issuing import issue
    from course_manager.services.settings import update

    issue(demo_ws, "2026-AST-01", issue_date="2026-03-13", participants=["2", "4", "6"])
    update(demo_ws, {"smtp_host": "127.0.0.1", "smtp_port": float(smtp_server.port),
                     "smtp_security": "none", "mail_from": "office@acsh.example"})  # fmt: skip
    gen = email.send_certificates(demo_ws, None, cohort="2026-AST-01")
    first = next(gen)
    assert first.total == 3
    next(gen)  # the first message is sent
    with pytest.raises(StopIteration) as stop:
        gen.throw(Cancelled())
    result = stop.value.value.value
    assert result.cancelled and len(result.sent) == 1 and len(smtp_server.messages) == 1
    rest = email.send(demo_ws, None, cohort="2026-AST-01").value
    assert len(rest.sent) == 2 and len(smtp_server.messages) == 3
    assert len([s for s in rest.skipped if "already sent" in s.why.english]) == 1
    record = email.sent_record(demo_ws, [d.serial for d in result.sent + rest.sent])
    assert len(record) == 3


def test_the_password_comes_from_the_keyring(demo_ws: Any) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    from course_manager.services.certificates import email

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        config = email.SmtpConfig("mail.example", 587, "starttls", "office", "o@example")
        assert email.keyring_password(config) is None
        assert email.store_password(config, "s3cret")
        assert email.keyring_password(config) == "s3cret"
    finally:
        keyring.set_keyring(before)
    assert "s3cret" not in str(demo_ws.settings.all())  # never in the programme file
