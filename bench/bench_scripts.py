"""1,000 certificates with names in every script the fonts cover, against the same 1,000 with
Latin and Cyrillic names (baseline, timed in the same run), one merged document each.

The names are the golden set (tests/certificates/golden_names.json: Arabic script, Thaana,
Indic, South-East Asian, Ethiopic, CJK...) mixed with the demo's names. Shaping (HarfBuzz) is
switched on only for lines that need it, so the mixed batch may cost at most 2.5x the Latin
one; one document per person (fonts parsed once per process) is timed too, for information.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from bench.harness import compare

COUNT = 1000
FIXED = dt.datetime(2026, 3, 13, 12, 0, tzinfo=dt.UTC)
GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "certificates" / "golden_names.json"


def _people(names: list[tuple[str, str]]) -> list[Any]:
    from course_manager.certificates.render import Person

    return [
        Person(
            f"ACSH-DIG-2026-{i + 1:04d}",
            names[i % len(names)][0],
            names[i % len(names)][1],
            "ABCD-EFGH-J",
            "2026-03-13",
            "CM1." + "Q" * 180,  # a signed QR text's length
        )
        for i in range(COUNT)
    ]


def main() -> None:
    from bench.bench_certificates import _batch
    from course_manager.certificates.render import CertificateDocument
    from course_manager.services.demo import PEOPLE

    tpl, sheet, _ = _batch()
    latin = [(p[0], p[1]) for p in PEOPLE]
    golden = [(e["name"], e["latin"]) for e in json.loads(GOLDEN.read_text(encoding="utf-8"))]
    plain, mixed = _people(latin), _people(golden + latin)

    def batch(people: list[Any]) -> bytes:
        doc = CertificateDocument(
            tpl, sheet, names=[p.name + p.name_latin for p in people], creation_date=FIXED
        )
        for person in people:
            doc.add(person)
        return doc.output()

    result = compare(
        f"{COUNT} certificates, names in {len(golden)} scripts vs Latin/Cyrillic names",
        lambda: batch(plain),
        lambda: batch(mixed),
        max_ratio=2.5,
        repeat=1,
    )
    print(
        f"      mixed scripts {COUNT / result.candidate_s:.0f} pages/s, "
        f"Latin/Cyrillic {COUNT / result.baseline_s:.0f} pages/s"
    )
    start = time.perf_counter()
    for person in mixed[:50]:
        batch([person])
    per_file = (time.perf_counter() - start) / 50
    print(f"      one document per person (mixed): {per_file * 1000:.0f} ms each")
