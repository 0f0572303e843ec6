"""The verification page: one self-contained HTML file that checks a certificate's QR text in
the browser, with no server and no network.

The page holds the programme's public keys (and those of the offices it trusts), the names to
show, the serials revoked when it was written, and the texts in kk/ru/en. A phone camera opens
``<page address>#CM1.<key id>.<payload>.<signature>`` (the QR code's text when the setting
``verification_page_url`` is set, see :func:`qr_link`); the page checks the Ed25519 signature
with the browser's WebCrypto, or with the vendored TweetNaCl (public domain,
``resources/verify/``) where the browser lacks Ed25519, and shows the holder, programme, dates
and serial, or "not valid". Its Content-Security-Policy forbids every network request.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from course_manager import paths
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

BAD_PAGE_URL = MessageKind(
    "verify_page.bad_url",
    "the verification page address must start with https:// or http:// and hold no '#': {url!r}",
)

#: What the page says, by language (the page picks the browser's language, else English).
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Certificate check",
        "empty": "Scan the QR code on the certificate, or paste its text below.",
        "state_valid": "Valid certificate",
        "state_invalid": "Not valid",
        "state_revoked": "Revoked: this certificate is no longer valid",
        "state_unknown_key": "Not valid here: signed by a key this page does not know",
        "why_not_a_code": "This is not the text of a Course Manager certificate's QR code.",
        "why_altered": "The signature does not match: the certificate data was altered.",
        "why_not_a_record": "The signed data is not a certificate record.",
        "why_unknown_key": "Ask the issuing office for its own verification page.",
        "offline_note": "Checked in this browser with the issuing office's public key; "
        "nothing was sent anywhere.",
        "holder": "Holder",
        "programme": "Programme",
        "cohort": "Cohort",
        "dates": "Dates",
        "hours": "Hours",
        "serial": "Serial number",
        "issuer": "Issued by",
        "paste": "Or paste the text of the certificate's QR code:",
        "check": "Check",
        "footer": "This page works offline. It proves that the issuing office signed these "
        "details; to confirm the certificate is still in force, quote its serial number and "
        "code to the issuing office.",
    },
    "ru": {
        "title": "Проверка сертификата",
        "empty": "Отсканируйте QR-код на сертификате или вставьте его текст ниже.",
        "state_valid": "Сертификат действителен",
        "state_invalid": "Недействителен",
        "state_revoked": "Отозван: сертификат больше не действителен",
        "state_unknown_key": "Не проверен: подписан ключом, неизвестным этой странице",
        "why_not_a_code": "Это не текст QR-кода сертификата Course Manager.",
        "why_altered": "Подпись не совпадает: данные сертификата изменены.",
        "why_not_a_record": "Подписанные данные не являются записью о сертификате.",
        "why_unknown_key": "Запросите страницу проверки у организации, выдавшей сертификат.",
        "offline_note": "Проверено в этом браузере открытым ключом выдавшей организации; "
        "никакие данные никуда не отправлялись.",
        "holder": "Владелец",
        "programme": "Программа",
        "cohort": "Группа",
        "dates": "Даты",
        "hours": "Часы",
        "serial": "Номер",
        "issuer": "Выдан",
        "paste": "Или вставьте текст QR-кода сертификата:",
        "check": "Проверить",
        "footer": "Страница работает без интернета. Она подтверждает, что эти данные подписаны "
        "выдавшей организацией; чтобы убедиться, что сертификат не отозван, сообщите его "
        "номер и код выдавшей организации.",
    },
    "kk": {
        "title": "Сертификатты тексеру",
        "empty": "Сертификаттағы QR-кодты сканерлеңіз немесе оның мәтінін төменге қойыңыз.",
        "state_valid": "Сертификат жарамды",
        "state_invalid": "Жарамсыз",
        "state_revoked": "Кері қайтарылған: сертификат енді жарамсыз",
        "state_unknown_key": "Тексерілмеді: бұл бетке белгісіз кілтпен қол қойылған",
        "why_not_a_code": "Бұл Course Manager сертификатының QR-коды мәтіні емес.",
        "why_altered": "Қолтаңба сәйкес келмейді: сертификат деректері өзгертілген.",
        "why_not_a_record": "Қол қойылған деректер сертификат жазбасы емес.",
        "why_unknown_key": "Сертификатты берген ұйымнан оның тексеру бетін сұраңыз.",
        "offline_note": "Осы браузерде берген ұйымның ашық кілтімен тексерілді; "
        "ешқандай дерек еш жаққа жіберілмеді.",
        "holder": "Иесі",
        "programme": "Бағдарлама",
        "cohort": "Топ",
        "dates": "Күндері",
        "hours": "Сағат",
        "serial": "Нөмірі",
        "issuer": "Берген",
        "paste": "Немесе сертификаттың QR-коды мәтінін қойыңыз:",
        "check": "Тексеру",
        "footer": "Бет интернетсіз жұмыс істейді. Ол бұл деректерге берген ұйымның қол "
        "қойғанын дәлелдейді; сертификаттың күшін жоймағанына көз жеткізу үшін оның нөмірі "
        "мен кодын берген ұйымға айтыңыз.",
    },
}


def page_html(
    keys: Mapping[str, tuple[str, bytes]],
    programme: Mapping[str, str],
    issuer: Mapping[str, str],
    revoked: Iterable[str] = (),
) -> str:
    """The page. ``keys``: key id -> (name shown for keys of other offices, "" for this
    programme's own; the 32-byte public key). ``programme``/``issuer``: names by language."""
    data = {
        "keys": {
            kid: {"name": name, "key": base64.b64encode(public).decode("ascii")}
            for kid, (name, public) in sorted(keys.items())
        },
        "programme": dict(programme),
        "issuer": dict(issuer),
        "revoked": sorted(set(revoked)),
        "texts": TEXTS,
    }
    # JSON inside <script>: "</" and "<!--" must not end or open anything in the HTML.
    embedded = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    template = paths.resource("verify", "verify.html").read_text(encoding="utf-8")
    nacl = paths.resource("verify", "tweetnacl-1.0.3.min.js").read_text(encoding="utf-8")
    return template.replace("/*CM_DATA*/", embedded, 1).replace(
        "/*CM_TWEETNACL*/", nacl.replace("</", "<\\/"), 1
    )


def check_page_url(url: str) -> str:
    """``url`` when it can carry a QR text after ``#``; :class:`InputError` otherwise."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc or "#" in url:
        raise InputError(BAD_PAGE_URL(url=url))
    return url


def qr_link(qr_text: str, page_url: str) -> str:
    """What the QR code holds: the page's address with the signed text after ``#`` (the part
    after ``#`` never reaches a web server), or the bare QR text when no page is set."""
    return f"{check_page_url(page_url)}#{qr_text}" if page_url.strip() else qr_text


def qr_text_of(text: str) -> str:
    """The ``CM1....`` QR text inside a link made by :func:`qr_link` (or the text itself)."""
    text = text.strip()
    head, sep, tail = text.rpartition("#")
    return tail if sep and tail.upper().startswith("CM1.") and "://" in head else text
