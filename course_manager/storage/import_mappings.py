"""Remembered column mappings of roster imports: a file's header signature -> its mapping.

The next file with the same headers (the same form export, the same template) is mapped the
way the coordinator confirmed last time.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from course_manager.storage.audit import utc_now


def remembered(db: Database, signature: str) -> dict[str, int] | None:
    """The mapping confirmed for files with this header signature, if any."""
    row = db.execute(
        "SELECT mapping FROM import_mapping WHERE signature = ?", [signature]
    ).fetchone()
    if not row:
        return None
    stored = json.loads(row[0])
    return {str(k): int(v) for k, v in stored.items()} if isinstance(stored, dict) else None


def remember(db: Database, signature: str, mapping: dict[str, int], source_name: str) -> None:
    """Store (or replace) the mapping for this header signature; unchanged mappings stay."""
    db.execute(
        "INSERT INTO import_mapping (signature, mapping, source_name, updated_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, "
        "source_name = excluded.source_name, updated_at = excluded.updated_at "
        "WHERE mapping IS NOT excluded.mapping",
        [signature, json.dumps(mapping, sort_keys=True), source_name, utc_now()],
    )
