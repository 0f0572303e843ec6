"""Credentials anyone can check: `certificates export-page` (the offline verification page)."""

from __future__ import annotations

import argparse
from typing import Any

from course_manager.cli.common import add_command, add_json_option, emit_json, open_workspace


def cmd_export_page(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.verify_page import export_page

    with open_workspace(args) as ws:
        page = export_page(ws, args.out).value
    if args.json:
        emit_json({"file": str(page.file), "keys": page.keys, "withdrawn": page.withdrawn})
    else:
        print(
            f"Verification page written to {page.file} ({page.keys} public key(s), "
            f"{page.withdrawn} certificate(s) no longer valid). Publish it at the address set "
            "in the setting verification_page_url: the QR codes of certificates issued from "
            "then on open it."
        )
    return 0


def register(csub: Any) -> None:
    """The credential commands, under `certificates`."""
    p = add_command(
        csub,
        "export-page",
        cmd_export_page,
        "write the self-contained verification page (checks a QR code in the browser, offline)",
    )
    p.add_argument("--out", required=True, metavar="FILE.html")
    add_json_option(p)
