"""Credentials anyone can check: `certificates export-page` (the offline verification page) and
`certificates export-ob3` (Open Badges 3.0 credentials)."""

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
    register_ob3(csub)


def cmd_export_ob3(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.ob3 import export_ob3

    with open_workspace(args) as ws:
        done = export_ob3(ws, args.serials, args.out).value
    if args.json:
        emit_json(
            {
                "files": [str(f) for f in done.files],
                "status_list": str(done.status_list) if done.status_list else None,
            }
        )
    else:
        for f in done.files:
            print(f"Open Badges 3.0 credential: {f}")
        if done.status_list:
            print(f"Status list (publish it beside the verification page): {done.status_list}")
        else:
            print(
                "No status list: set verification_page_url to publish one, so that revoked "
                "certificates show as revoked in wallets."
            )
    return 0


def register_ob3(csub: Any) -> None:
    p = add_command(
        csub,
        "export-ob3",
        cmd_export_ob3,
        "write the Open Badges 3.0 credential (signed VC-JWT) of each certificate",
    )
    p.add_argument("serials", nargs="+", metavar="SERIAL")
    p.add_argument("--out", required=True, metavar="DIR")
    add_json_option(p)
