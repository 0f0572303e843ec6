"""The programme's signing key and the public keys of other offices (beside the file).

The app and the command line both export, import and load keys through here; nothing above the
services touches :mod:`course_manager.certificates.signing` directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from course_manager.fileio import check_output_file
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from course_manager.certificates.signing import KeyStore


@dataclass(frozen=True, slots=True)
class ExportedKey:
    key_id: str
    file: Path


def keystore(db_path: Path) -> KeyStore:
    """The keys of the programme file at ``db_path``."""
    from course_manager.certificates.signing import KeyStore

    return KeyStore(Path(db_path))


def export_public_key(db_path: Path, dest: Path) -> Outcome[ExportedKey]:
    """Write this programme's public key to ``dest`` (made on first use), for other offices.

    ``dest`` is checked before the key is made; the file appears whole or not at all."""
    from course_manager.certificates.signing import key_id

    check_output_file(dest)
    keys = keystore(db_path)
    written = keys.export_public(Path(dest))
    return Outcome(ExportedKey(key_id(keys.public_key()), written), Changes())


def import_public_key(db_path: Path, source: Path, name: str) -> Outcome[str]:
    """Accept certificates signed by another office's public key; the key's id. (Nothing a
    screen shows changes: the trust lives in the keys folder, not in the file.)"""
    return Outcome(keystore(db_path).import_public(Path(source), name), Changes())
