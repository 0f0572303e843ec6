"""Key/value settings stored in the file itself (organisation names, serial pattern, ...).

Only the settings registered in :mod:`course_manager.domain.settings` are read and written:
an unknown key or a value of the wrong type is refused with an InputError, and a setting never
set reads as its registered default.
"""

from __future__ import annotations

import copy
import json
import logging
from typing import Any, TypeVar

from sqlite_utils import Database

from course_manager.domain.settings import SETTINGS, Setting, setting
from course_manager.errors import InputError
from course_manager.storage.rows import one

log = logging.getLogger(__name__)

T = TypeVar("T")


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------
    def value(self, entry: Setting[T]) -> T:
        """The typed value of a registered setting (its default when never set)."""
        row = one(self.db, "SELECT value FROM setting WHERE key = ?", [entry.key])
        if row is None:
            return copy.deepcopy(entry.default)
        return self._checked(entry, json.loads(row["value"]))

    def get(self, key: str) -> Any:
        """The value of the setting called ``key`` (its default when never set)."""
        return self.value(setting(key))

    def is_set(self, key: str) -> bool:
        """Whether the file holds a value for ``key`` (else reading it gives the default)."""
        entry = setting(key)
        return one(self.db, "SELECT 1 AS found FROM setting WHERE key = ?", [entry.key]) is not None

    def all(self) -> dict[str, Any]:
        """Every registered setting with its value, in the registry's order."""
        stored = {r["key"]: r["value"] for r in self.db.query("SELECT key, value FROM setting")}
        out: dict[str, Any] = {}
        for key, entry in SETTINGS.items():
            text = stored.get(key)
            out[key] = (
                copy.deepcopy(entry.default)
                if text is None
                else self._checked(entry, json.loads(text))
            )
        return out

    @staticmethod
    def _checked(entry: Setting[T], value: object) -> T:
        try:
            return entry.check(value)
        except InputError:
            # written by hand or by an older version: the default serves until it is set again
            log.warning("the stored value of %s does not fit; using its default", entry.key)
            return copy.deepcopy(entry.default)

    # -- writing ----------------------------------------------------------------------------
    def set(self, key: str, value: object) -> None:
        """Store ``value`` for ``key``; refuses an unknown key or a value of the wrong type."""
        self.set_value(setting(key), value)

    def set_value(self, entry: Setting[T], value: object) -> None:
        checked = entry.check(value)
        text = json.dumps(checked, ensure_ascii=False, sort_keys=True)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                " WHERE setting.value IS NOT excluded.value",
                [entry.key, text],
            )

    def reset(self, key: str) -> None:
        """Forget the stored value of ``key``: it reads as its default again."""
        entry = setting(key)
        with self.db.atomic():
            self.db.execute("DELETE FROM setting WHERE key = ?", [entry.key])
