"""Key/value settings stored in the file itself (organisation names, serial pattern, ...)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from course_manager.storage.rows import one


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = one(self.db, "SELECT value FROM setting WHERE key = ?", [key])
        if row is None:
            return default
        return json.loads(row["value"])

    def set(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                " WHERE setting.value IS NOT excluded.value",
                [key, text],
            )

    def all(self) -> dict[str, Any]:
        return {r["key"]: json.loads(r["value"]) for r in self.db.query("SELECT * FROM setting")}
