"""E-mailing each participant their certificate: .eml drafts, or sending through the office's
SMTP server.

    result = write_drafts(ws, Path("drafts"), cohort="2026-AST-01").value   # one .eml per person
    outcome = yield_all(send_certificates(ws, password, serials=["ACSH-DIG-2026-0001"]))

One message per certificate: To the participant, subject and body in the cohort's language
(en/ru/kk), the person's PDF attached (the per-person file in the cohort's output folder, or in
``pdf_dir`` when the files were written elsewhere; else that page cut from the cohort's merged
file there). Drafts carry ``X-Unsent: 1`` so Outlook opens
them as unsent messages (Thunderbird opens any .eml). Sending records each message the server
accepted (``certificate_email``: when, to whom), and a later run skips those already sent, so
a run interrupted by Cancel or a lost connection is simply run again. Nobody is skipped
silently: people without an e-mail address, revoked certificates and missing PDFs are listed in
``skipped`` with the reason.

The SMTP settings are ``smtp_host``, ``smtp_port``, ``smtp_security`` (starttls, tls, none),
``smtp_user`` and ``mail_from``. The password is never stored in the programme file: it comes
from the system keyring (:func:`keyring_password`, service ``course-manager smtp``, user
``<smtp_user>@<smtp_host>``) or is asked for by the CLI / the app.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.domain import settings as keys
from course_manager.domain.messages import Message, MessageKind
from course_manager.errors import InputError
from course_manager.services import Cancelled, Progress, finish
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace
    from course_manager.storage.certificates import RegisterRow

KEYRING_SERVICE = "course-manager smtp"
SECURITY_CHOICES = ("starttls", "tls", "none")

SENDING = MessageKind("email.progress_sending", "Sending to {name}")
NOTHING_CHOSEN = MessageKind(
    "email.nothing_chosen", "Name the certificates to send: serial numbers or a cohort."
)
NO_SERVER = MessageKind(
    "email.no_server",
    "No mail server is set: set smtp_host (and smtp_port, smtp_security, smtp_user, "
    "mail_from), or write drafts with --eml-dir instead.",
)
NO_SENDER = MessageKind(
    "email.no_sender", "No sender address is set: set mail_from (or smtp_user to an address)."
)
BAD_SECURITY = MessageKind(
    "email.bad_security", "smtp_security must be starttls, tls or none, not {value!r}."
)
SERVER_FAILED = MessageKind(
    "email.server_failed",
    "The mail server {host}:{port} failed: {detail}. Those sent before were recorded; "
    "run it again to send the rest.",
)
LOGIN_FAILED = MessageKind(
    "email.login_failed", "The mail server {host} refused the login of {user}: {detail}"
)
SKIP_NO_EMAIL = MessageKind("email.skip.no_email", "no e-mail address")
SKIP_REVOKED = MessageKind("email.skip.revoked", "the certificate was revoked")
SKIP_SUPERSEDED = MessageKind("email.skip.superseded", "the certificate was replaced by {newer}")
SKIP_NO_PDF = MessageKind(
    "email.skip.no_pdf", "no PDF of this certificate in {folder} (reissue it or write its file)"
)
SKIP_ALREADY_SENT = MessageKind("email.skip.already_sent", "already sent to {email} at {at}")
NEEDS_PASSWORD = MessageKind(
    "email.needs_password",
    "No password for {user} on {host} in the system keyring: type it in the Password field.",
)
REFUSED = MessageKind("email.refused", "the server refused the address: {detail}")

#: Subject and body, by the cohort's language.
SUBJECT = {
    "en": "Your certificate {serial}: {programme}",
    "ru": "Ваш сертификат {serial}: {programme}",
    "kk": "Сіздің сертификатыңыз {serial}: {programme}",
}
BODY = {
    "en": (
        "Dear {name},\n\n"
        "congratulations on completing the programme “{programme}” ({dates}).\n"
        "Your certificate No. {serial} is attached to this message as a PDF file.\n\n"
        "Anyone who needs to check it can quote its number {serial} and its verification "
        "code {code} to {issuer}.\n\n"
        "Kind regards,\n{issuer}\n"
    ),
    "ru": (
        "Здравствуйте, {name}!\n\n"
        "Поздравляем с завершением программы «{programme}» ({dates}).\n"
        "Ваш сертификат № {serial} приложен к этому письму в виде файла PDF.\n\n"
        "Чтобы проверить сертификат, достаточно сообщить его номер {serial} и код проверки "
        "{code} в организацию: {issuer}.\n\n"
        "С уважением,\n{issuer}\n"
    ),
    "kk": (
        "Құрметті {name}!\n\n"
        "«{programme}» бағдарламасын ({dates}) аяқтауыңызбен құттықтаймыз.\n"
        "№ {serial} сертификатыңыз осы хатқа PDF файлы ретінде тіркелген.\n\n"
        "Сертификатты тексеру үшін оның нөмірін {serial} және тексеру кодын {code} "
        "берген ұйымға хабарлау жеткілікті: {issuer}.\n\n"
        "Құрметпен,\n{issuer}\n"
    ),
}


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int
    security: str
    user: str
    sender: str

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}"


@dataclass(frozen=True, slots=True)
class Skipped:
    serial: str
    name: str
    why: Message

    def to_json(self) -> dict[str, str]:
        return {"serial": self.serial, "name": self.name, "reason": self.why.english}


@dataclass(frozen=True, slots=True)
class Done:
    """One message written (``file``) or sent (``at``, ``message_id``)."""

    serial: str
    name: str
    email: str
    file: Path | None = None
    at: str = ""
    message_id: str = ""

    def to_json(self) -> dict[str, str | None]:
        data: dict[str, str | None] = {"serial": self.serial, "name": self.name}
        data["email"] = self.email
        if self.file is not None:
            data["file"] = str(self.file)
        else:
            data["at"], data["message_id"] = self.at, self.message_id
        return data


@dataclass(slots=True)
class EmailResult:
    mode: str  # "eml" or "smtp"
    written: list[Done] = field(default_factory=list)
    sent: list[Done] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)
    cancelled: bool = False
    folder: Path | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "written": [d.to_json() for d in self.written],
            "sent": [d.to_json() for d in self.sent],
            "skipped": [s.to_json() for s in self.skipped],
            "failed": [s.to_json() for s in self.failed],
            "cancelled": self.cancelled,
        }


@dataclass(slots=True)
class _Letter:
    row: RegisterRow
    email: str
    pdf: bytes
    pdf_name: str
    subject: str
    body: str


# -- settings and password ----------------------------------------------------------------------


def smtp_config(ws: Workspace) -> SmtpConfig:
    """The office's server from the settings; :class:`InputError` when it is not usable."""
    host = str(ws.settings.value(keys.SMTP_HOST)).strip()
    if not host:
        raise InputError(NO_SERVER())
    security = str(ws.settings.value(keys.SMTP_SECURITY)).strip().lower() or "starttls"
    if security not in SECURITY_CHOICES:
        raise InputError(BAD_SECURITY(value=security))
    user = str(ws.settings.value(keys.SMTP_USER)).strip()
    sender = str(ws.settings.value(keys.MAIL_FROM)).strip() or (user if "@" in user else "")
    if not sender:
        raise InputError(NO_SENDER())
    port = int(ws.settings.value(keys.SMTP_PORT) or 0) or (465 if security == "tls" else 587)
    return SmtpConfig(host, port, security, user, sender)


def keyring_password(config: SmtpConfig) -> str | None:
    """The password kept in the system keyring for this server and user (None: there is no
    keyring package or backend, or nothing kept)."""
    if not config.user:
        return None
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, config.keyring_user)
    except Exception:  # no keyring package, no backend (keyring.errors.NoKeyringError), D-Bus
        return None
    return found or None


def store_password(config: SmtpConfig, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none to keep it in."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, config.keyring_user, password)
    except Exception:  # no keyring package or backend
        return False
    return True


# -- choosing the certificates and building the messages -----------------------------------------


def _rows(ws: Workspace, serials: Sequence[str] | None, cohort: str | None) -> list[RegisterRow]:
    if not serials and not cohort:
        raise InputError(NOTHING_CHOSEN())
    if serials:
        wanted = [ws.certificates.require_serial(s.strip()) for s in serials]
        rows: list[RegisterRow] = []
        for cert in wanted:
            participant = ws.enrollments.get(cert.enrollment_id).participant_id
            rows.extend(
                r
                for r in ws.certificates.register(participant_id=participant)
                if r.certificate.id == cert.id
            )
        return rows
    cohort_id = ws.cohorts.by_code(cohort or "").id
    # A replaced certificate's holder gets the newer one: only current and revoked are listed.
    return [r for r in ws.certificates.register(cohort_id) if not r.certificate.superseded_by_id]


def _letters(
    ws: Workspace, rows: list[RegisterRow], result: EmailResult, pdf_dir: Path | None
) -> list[_Letter]:
    from course_manager.certificates.output import safe_filename
    from course_manager.certificates.wording import format_dates

    letters: list[_Letter] = []
    pdfs = _PdfFinder(ws, pdf_dir)
    issuer = str(ws.settings.value(keys.ORGANISATION_NAME_EN) or "")
    for row in rows:
        cert = row.certificate
        if row.status == "revoked":
            result.skipped.append(Skipped(cert.serial, cert.full_name, SKIP_REVOKED()))
            continue
        if row.status == "superseded":
            newer = ws.certificates.get(cert.superseded_by_id or 0).serial
            result.skipped.append(
                Skipped(cert.serial, cert.full_name, SKIP_SUPERSEDED(newer=newer))
            )
            continue
        if not row.email:
            result.skipped.append(Skipped(cert.serial, cert.full_name, SKIP_NO_EMAIL()))
            continue
        cohort = ws.cohorts.by_code(row.cohort_code)
        pdf = pdfs.find(row)
        if pdf is None:
            folder = str(pdfs.folder(row.cohort_code))
            result.skipped.append(Skipped(cert.serial, cert.full_name, SKIP_NO_PDF(folder=folder)))
            continue
        lang = (cohort.language or "en").split("/")[0].strip()
        lang = lang if lang in SUBJECT else "en"
        programme = ws.programmes.get(cohort.programme_id).name(lang)
        org = issuer
        if lang != "en":
            org = str(ws.settings.value(keys.ORGANISATION_NAMES[lang]) or "") or issuer
        values = {
            "name": cert.full_name,
            "serial": cert.serial,
            "code": cert.verification_code,
            "programme": programme,
            "dates": format_dates(cohort.start_date, cohort.end_date, lang),
            "issuer": org or "the issuing office",
        }
        letters.append(
            _Letter(
                row,
                row.email,
                pdf,
                safe_filename(f"{cert.serial} {cert.full_name_latin or cert.full_name}"),
                SUBJECT[lang].format(**values),
                BODY[lang].format(**values),
            )
        )
    return letters


class _PdfFinder:
    """The per-person PDF in the cohort's output folder, else the page of the merged file."""

    def __init__(self, ws: Workspace, pdf_dir: Path | None = None) -> None:
        self.ws = ws
        self.pdf_dir = pdf_dir
        self._merged: dict[str, tuple[Any, list[str]] | None] = {}
        self._listings: dict[Path, list[Path]] = {}

    def folder(self, cohort_code: str) -> Path:
        from course_manager.services.certificates.files import output_folder

        return self.pdf_dir or output_folder(self.ws, cohort_code)

    def _listing(self, folder: Path) -> list[Path]:
        """The folder's files, read once per folder (a missing folder has none)."""
        if folder not in self._listings:
            try:
                self._listings[folder] = sorted(folder.iterdir())
            except OSError:
                self._listings[folder] = []
        return self._listings[folder]

    def person_file(self, row: RegisterRow) -> Path | None:
        """The certificate's own PDF ("<serial> <name>.pdf") in the folder, if there."""
        prefix = row.certificate.serial + " "
        for path in self._listing(self.folder(row.cohort_code)):
            if path.name.startswith(prefix) and path.suffix.lower() == ".pdf":
                return path
        return None

    def has(self, row: RegisterRow) -> bool:
        """Whether :meth:`find` finds the certificate's PDF (its own file, or its page of the
        merged file), without reading the per-person file."""
        if self.person_file(row) is not None:
            return True
        merged = self._merged_of(row.cohort_code, self.folder(row.cohort_code))
        return merged is not None and row.certificate.payload in merged[1]

    def find(self, row: RegisterRow) -> bytes | None:
        cert = row.certificate
        folder = self.folder(row.cohort_code)
        own = self.person_file(row)
        if own is not None:
            try:
                return own.read_bytes()
            except OSError:
                return None
        merged = self._merged_of(row.cohort_code, folder)
        if merged is None:
            return None
        splitter, texts = merged
        if cert.payload not in texts:
            return None
        data: bytes = splitter.page_pdf(
            texts.index(cert.payload),
            {"Title": f"Certificate {cert.serial} — {cert.full_name}", "Creator": "Course Manager"},
        )
        return data

    def _merged_of(self, cohort_code: str, folder: Path) -> tuple[Any, list[str]] | None:
        if cohort_code not in self._merged:
            from course_manager.certificates.output import PageSplitter, qr_texts
            from course_manager.services.certificates.files import merged_file_name

            path = folder / merged_file_name(cohort_code)
            found: tuple[Any, list[str]] | None = None
            if path.is_file():
                try:
                    found = (PageSplitter(path.read_bytes()), qr_texts(path))
                except (InputError, OSError):
                    found = None
            self._merged[cohort_code] = found
        return self._merged[cohort_code]


def _message(letter: _Letter, sender: str, *, draft: bool) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = formataddr((letter.row.certificate.full_name, letter.email))
    if sender:
        msg["From"] = sender
    msg["Subject"] = letter.subject
    msg["Date"] = formatdate(localtime=True)
    domain = sender.rpartition("@")[2] or None
    msg["Message-ID"] = make_msgid(domain=domain)
    if draft:
        msg["X-Unsent"] = "1"  # Outlook opens the file as a message to send, not a received one
    msg.set_content(letter.body)
    msg.add_attachment(letter.pdf, maintype="application", subtype="pdf", filename=letter.pdf_name)
    return msg


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One certificate as the e-mail dialog lists it before anything is sent."""

    serial: str
    name: str
    email: str
    status: str  # ready / no_email / no_pdf / revoked / superseded / sent
    why: Message | None = None  # why it will be skipped, or when it was sent
    pdf: str = ""  # the PDF attached (a file, or the merged file it is a page of)
    folder: str = ""  # where its PDF is looked for


def plan(
    ws: Workspace,
    *,
    serials: Sequence[str] | None = None,
    cohort: str | None = None,
    pdf_dir: Path | None = None,
) -> list[PlanRow]:
    """Who would get what, sending nothing: the same skips drafting and sending make, the PDF
    looked for as they look for it (``pdf_dir``, else the cohort's output folder; a person
    whose PDF is not there is "no_pdf", saying where it was looked for)."""
    from course_manager.storage.certificate_emails import CertificateEmails

    rows = _rows(ws, serials, cohort)
    pdfs = _PdfFinder(ws, pdf_dir)
    sent = CertificateEmails(ws.db).last_sent([r.certificate.id or 0 for r in rows])
    out: list[PlanRow] = []
    for row in rows:
        cert, address = row.certificate, row.email or ""
        before = sent.get(cert.id or 0)
        status, why = "ready", None
        if row.status == "revoked":
            status, why = "revoked", SKIP_REVOKED()
        elif row.status == "superseded":
            newer = ws.certificates.get(cert.superseded_by_id or 0).serial
            status, why = "superseded", SKIP_SUPERSEDED(newer=newer)
        elif not address:
            status, why = "no_email", SKIP_NO_EMAIL()
        elif before is not None:
            status, why = "sent", SKIP_ALREADY_SENT(email=before.to_address, at=before.sent_at)
        folder = pdfs.folder(row.cohort_code)
        found = ""
        if status in ("ready", "sent"):
            own = pdfs.person_file(row)
            if own is not None:
                found = str(own)
            elif pdfs.has(row):
                from course_manager.services.certificates.files import merged_file_name

                found = str(folder / merged_file_name(row.cohort_code))
            elif status == "ready":
                status, why = "no_pdf", SKIP_NO_PDF(folder=str(folder))
        out.append(PlanRow(cert.serial, cert.full_name, address, status, why, found, str(folder)))
    return out


# -- drafts --------------------------------------------------------------------------------------


def write_drafts(
    ws: Workspace,
    out_dir: Path,
    *,
    serials: Sequence[str] | None = None,
    cohort: str | None = None,
    pdf_dir: Path | None = None,
) -> Outcome[EmailResult]:
    """One .eml draft per person into ``out_dir`` (created if missing), for a mail program to
    open and send later (offices whose network blocks SMTP)."""
    from course_manager.certificates.output import safe_filename, unique_path
    from course_manager.fileio import check_output_folder, make_folder, staged_files

    result = EmailResult("eml", folder=Path(out_dir))
    check_output_folder(out_dir, may_create=1)
    letters = _letters(ws, _rows(ws, serials, cohort), result, pdf_dir)
    sender = str(ws.settings.value(keys.MAIL_FROM) or "")
    if letters:
        make_folder(out_dir)
        taken: set[str] = set()
        with staged_files() as batch:
            for letter in letters:
                cert = letter.row.certificate
                name = safe_filename(
                    f"{cert.serial} {cert.full_name_latin or cert.full_name}", ".eml"
                )
                path = unique_path(Path(out_dir), name, taken)
                batch.write_bytes(path, _message(letter, sender, draft=True).as_bytes())
                result.written.append(Done(cert.serial, cert.full_name, letter.email, file=path))
    return Outcome(result, Changes())


# -- sending -------------------------------------------------------------------------------------


def send_certificates(
    ws: Workspace,
    password: str | None,
    *,
    serials: Sequence[str] | None = None,
    cohort: str | None = None,
    pdf_dir: Path | None = None,
    config: SmtpConfig | None = None,
    resend: bool = False,
) -> Generator[Progress, None, Outcome[EmailResult]]:
    """Send each certificate through the office's server, one message per person, recording
    each one the server accepted; those already sent are skipped unless ``resend``. Yields
    :class:`Progress`; Cancel stops before the next message (those sent stay recorded)."""
    from course_manager.storage.certificate_emails import CertificateEmails

    config = config or smtp_config(ws)
    result = EmailResult("smtp")
    letters = _letters(ws, _rows(ws, serials, cohort), result, pdf_dir)
    log = CertificateEmails(ws.db)
    if not resend:
        sent_before = log.last_sent([letter.row.certificate.id or 0 for letter in letters])
        keep = []
        for letter in letters:
            cert = letter.row.certificate
            before = sent_before.get(cert.id or 0)
            if before is None:
                keep.append(letter)
            else:
                why = SKIP_ALREADY_SENT(email=before.to_address, at=before.sent_at)
                result.skipped.append(Skipped(cert.serial, cert.full_name, why))
        letters = keep
    if not letters:
        return Outcome(result, Changes())
    total = len(letters)
    try:
        yield Progress(0, total, SENDING(name="…"))
    except Cancelled:
        result.cancelled = True
        return Outcome(result, Changes())
    server = _connect(config, password)
    try:
        for i, letter in enumerate(letters):
            cert = letter.row.certificate
            msg = _message(letter, config.sender, draft=False)
            try:
                refused = server.send_message(msg)
            except smtplib.SMTPRecipientsRefused as exc:
                refused = {k: v for k, v in exc.recipients.items()}
            except (smtplib.SMTPException, OSError) as exc:
                raise InputError(
                    SERVER_FAILED(host=config.host, port=config.port, detail=_detail(exc))
                ) from exc
            if refused:
                detail = "; ".join(f"{code} {text!r}" for code, text in refused.values())
                result.failed.append(Skipped(cert.serial, cert.full_name, REFUSED(detail=detail)))
            else:
                with ws.transaction():
                    sent = log.record(cert.id or 0, letter.email, str(msg["Message-ID"]))
                result.sent.append(
                    Done(
                        cert.serial,
                        cert.full_name,
                        letter.email,
                        at=sent.sent_at,
                        message_id=sent.message_id,
                    )  # fmt: skip
                )
            try:
                yield Progress(i + 1, total, SENDING(name=cert.full_name))
            except Cancelled:
                result.cancelled = True
                break
    finally:
        try:
            server.quit()
        except (smtplib.SMTPException, OSError):
            server.close()
    return Outcome(result, Changes(certificates=bool(result.sent)))


def send(ws: Workspace, password: str | None, **kwargs: Any) -> Outcome[EmailResult]:
    """:func:`send_certificates` run to the end."""
    return finish(send_certificates(ws, password, **kwargs))


def _connect(config: SmtpConfig, password: str | None) -> smtplib.SMTP:
    try:
        server: smtplib.SMTP
        if config.security == "tls":
            server = smtplib.SMTP_SSL(
                config.host, config.port, timeout=30, context=ssl.create_default_context()
            )
        else:
            server = smtplib.SMTP(config.host, config.port, timeout=30)
            if config.security == "starttls":
                server.starttls(context=ssl.create_default_context())
    except (smtplib.SMTPException, OSError) as exc:
        raise InputError(
            SERVER_FAILED(host=config.host, port=config.port, detail=_detail(exc))
        ) from exc
    if config.user:
        try:
            server.login(config.user, password or "")
        except smtplib.SMTPAuthenticationError as exc:
            server.close()
            raise InputError(
                LOGIN_FAILED(host=config.host, user=config.user, detail=_detail(exc))
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            server.close()
            raise InputError(
                SERVER_FAILED(host=config.host, port=config.port, detail=_detail(exc))
            ) from exc
    return server


def _detail(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"{exc.smtp_code} {text}"
    return str(exc) or type(exc).__name__


def sent_record(ws: Workspace, serials: Sequence[str]) -> dict[str, tuple[str, str]]:
    """serial -> (sent at, to) of the latest send of each certificate that was ever sent."""
    from course_manager.storage.certificate_emails import CertificateEmails

    certs = [ws.certificates.require_serial(s) for s in serials]
    found = CertificateEmails(ws.db).last_sent([c.id or 0 for c in certs])
    return {
        c.serial: (found[c.id or 0].sent_at, found[c.id or 0].to_address)
        for c in certs
        if (c.id or 0) in found
    }
