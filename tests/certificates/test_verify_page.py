"""The offline verification page, in a real headless Chromium: a genuine certificate's QR text
shows valid (with the browser's WebCrypto and with the vendored fallback), a one-character
change shows not valid, a revoked certificate shows revoked, another office's key unknown."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from course_manager.certificates.output import qr_texts

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def open_page(page: Path, fragment: str, query: str = "") -> dict[str, str]:
    """Load ``page?query#fragment`` headless and return the result box's data attributes and
    its text (after the page's checks ran)."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (python3 tools/dev.py test installs it)")
    with tempfile.TemporaryDirectory(prefix="cm-chromium-") as profile:
        done = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=5000",
                "--dump-dom",
                f"{page.as_uri()}{query}#{fragment}",
            ],  # fmt: skip
            capture_output=True,
            text=True,
            timeout=120,
        )
    dom = done.stdout
    assert 'data-ready="true"' in dom, done.stderr[-2000:]
    box = re.search(r'<section id="result"([^>]*)>(.*?)</section>', dom, re.S)
    assert box is not None, dom[:2000]
    attrs = dict(re.findall(r'data-(\w+)="([^"]*)"', box.group(1)))
    attrs["text"] = re.sub(r"<[^>]+>", " ", box.group(2))
    return attrs


@pytest.fixture
def issued(cli: Any, tmp_path: Path) -> tuple[Any, Path, list[str]]:
    """The demo with its finished cohort's certificates issued; the QR texts of their PDF."""
    assert cli("demo").code == 0
    merged = tmp_path / "all.pdf"
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(tmp_path / "out"),
            "--merged", str(merged), "--json")  # fmt: skip
    assert r.code == 0, r.err
    return cli, merged, qr_texts(merged)


def export(cli: Any, out: Path) -> dict[str, Any]:
    r = cli("certificates", "export-page", "--out", str(out), "--json")
    assert r.code == 0, r.err
    return r.json()


def test_the_page_is_self_contained(issued: Any, tmp_path: Path) -> None:
    cli, _, _ = issued
    data = export(cli, tmp_path / "verify.html")
    assert data == {"file": str(tmp_path / "verify.html"), "keys": 1, "withdrawn": 0}
    html = (tmp_path / "verify.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in html  # the browser refuses every network request
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert re.findall(r"https?://", html) == []  # no address to fetch anything from


def test_a_genuine_certificate_shows_valid_and_a_changed_one_not(
    issued: Any, tmp_path: Path
) -> None:
    cli, _, texts = issued
    page = tmp_path / "verify.html"
    export(cli, page)
    genuine = texts[0]
    for query, engine in (("", "webcrypto"), ("?engine=fallback", "tweetnacl")):
        shown = open_page(page, genuine, query + ("&" if query else "?") + "lang=en")
        assert shown["state"] == "valid" and shown["engine"] == engine, shown
        assert (
            re.search(r"ACSH-DIG-\d{4}-0001", shown["text"])
            and "Valid certificate" in shown["text"]
        )
    kid, data, signature = genuine.split(".")[1:]
    i = len(data) // 2
    changed = f"CM1.{kid}.{data[:i]}{'A' if data[i] != 'A' else 'B'}{data[i + 1 :]}.{signature}"
    shown = open_page(page, changed, "?lang=ru")
    assert shown["state"] == "invalid" and "данные сертификата изменены" in shown["text"]


def test_revoked_and_foreign_certificates_are_not_valid(issued: Any, tmp_path: Path) -> None:
    cli, _, texts = issued
    serial = cli("certificates", "list", "--json").json()[0]["serial"]
    assert cli("certificates", "revoke", serial, "--reason", "issued in error").code == 0
    page = tmp_path / "verify.html"
    assert export(cli, page)["withdrawn"] == 1
    revoked = texts[0]  # the first page of the batch: the first serial
    assert open_page(page, revoked, "?lang=kk")["state"] == "revoked"

    other = tmp_path / "other.sqlite3"
    assert cli("demo", db=other).code == 0
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(tmp_path / "o"),
            "--merged", str(tmp_path / "o.pdf"), db=other)  # fmt: skip
    assert r.code == 0, r.err
    foreign = qr_texts(tmp_path / "o.pdf")[0]
    assert open_page(page, foreign)["state"] == "unknown-key"


def test_with_a_page_address_the_qr_opens_the_page_and_still_verifies(
    cli: Any, tmp_path: Path
) -> None:
    """The setting puts the page's address before the signed text in the QR code and its link;
    the page (as published there) shows the certificate valid; `verify` takes the PDF and the
    scanned address alike."""
    from pypdf import PdfReader

    assert cli("demo").code == 0
    address = "https://hub.example.kz/verify.html"
    assert cli("settings", "set", "verification_page_url", address).code == 0
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(tmp_path / "out"),
            "--json")  # fmt: skip
    assert r.code == 0, r.err
    pdf = Path(r.json()["issued"][0]["file"])
    links = [
        str(a.get_object()["/A"]["/URI"])
        for a in PdfReader(pdf).pages[0].get("/Annots", [])
        if "/A" in a.get_object()
    ]
    scanned = next(link for link in links if link.startswith(address + "#CM1."))
    page = tmp_path / "verify.html"
    export(cli, page)
    shown = open_page(page, scanned.split("#", 1)[1], "?lang=en")
    assert shown["state"] == "valid", shown
    assert cli("verify", str(pdf)).code == 0
    result = cli("verify", scanned, "--json")
    assert result.code == 0 and result.json()["genuine"], result.out
