"""Export the verification page (``course-manager certificates export-page --out FILE``).

The page (:mod:`course_manager.certificates.verify_page`) carries this programme's public key
and the keys of the offices it trusts, the programme's and the organisation's names, and the
serials no longer in force (revoked or replaced) when it was written: publish it again after
revoking a certificate.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from course_manager import fileio
from course_manager.domain import settings as setting_keys
from course_manager.services.certificates.keys import keystore
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ExportedPage:
    file: Path
    keys: int  # public keys inside (this programme's and the trusted offices')
    withdrawn: int  # serials the page reports as no longer valid


def export_page(ws: Workspace, out: Path | str) -> Outcome[ExportedPage]:
    """Write the page to ``out`` (checked first; whole or not at all)."""
    from course_manager.certificates.signing import key_id
    from course_manager.certificates.verify_page import page_html

    out = fileio.check_output_file(Path(out).expanduser())
    store = keystore(ws.path)
    keys = {
        kid: ("" if name == "this programme" else name, bytes(key))
        for kid, (name, key) in store.trusted().items()
    }
    own = store.public_key()  # made on first use, as issuing does
    keys[key_id(own)] = ("", bytes(own))
    programmes = ws.programmes.list()
    programme = (
        {"en": programmes[0].name_en, "ru": programmes[0].name_ru, "kk": programmes[0].name_kk}
        if programmes
        else {"en": ""}
    )
    issuer = {lang: ws.settings.value(s) for lang, s in setting_keys.ORGANISATION_NAMES.items()}
    withdrawn = [
        row.certificate.serial for row in ws.certificates.register() if row.status != "valid"
    ]
    html = page_html(
        keys,
        {k: v for k, v in programme.items() if v},
        {k: v for k, v in issuer.items() if v},
        withdrawn,
    )
    fileio.write_bytes(out, html.encode("utf-8"))
    return Outcome(ExportedPage(out, len(keys), len(withdrawn)), Changes())
