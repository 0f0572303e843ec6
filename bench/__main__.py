"""Run the benchmarks: ``python -m bench [NAME-FILTER ...]``. Exit 1 when a target is missed."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from bench.harness import RESULTS


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(f in n for f in argv)]
    for name in names:
        print(f"== {name}", flush=True)
        importlib.import_module(f"bench.{name}").main()
    failed = [r for r in RESULTS if not r.passed]
    print(f"\n{len(RESULTS) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
