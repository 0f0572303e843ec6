"""A small harness: time a baseline and a candidate in the same run, print the ratio.

These machines are shared and noisy, so absolute seconds mean little; the ratio against a
baseline measured seconds earlier on the same machine is what a benchmark reports and checks.
Runs alternate baseline and candidate and keep the best of each (the least disturbed run).
"""

from __future__ import annotations

import gc
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Comparison:
    name: str
    baseline_s: float
    candidate_s: float
    target: str
    passed: bool
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.candidate_s / self.baseline_s if self.baseline_s else float("inf")

    def line(self) -> str:
        status = "PASS" if self.passed else "FAIL"
        extras = "".join(f"  {k}={v}" for k, v in self.extra.items())
        return (
            f"{status}  {self.name}: candidate {self.candidate_s:.3f}s / baseline "
            f"{self.baseline_s:.3f}s = {self.ratio:.2f}x  (target {self.target}){extras}"
        )


def best_time(fn: Callable[[], Any], setup: Callable[[], Any] | None = None) -> float:
    if setup is not None:
        setup()
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def compare(
    name: str,
    baseline: Callable[[], Any],
    candidate: Callable[[], Any],
    *,
    max_ratio: float,
    repeat: int = 3,
    setup_baseline: Callable[[], Any] | None = None,
    setup_candidate: Callable[[], Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> Comparison:
    """Alternate baseline and candidate ``repeat`` times; pass when best ratio <= ``max_ratio``."""
    base_times, cand_times = [], []
    for _ in range(repeat):
        base_times.append(best_time(baseline, setup_baseline))
        cand_times.append(best_time(candidate, setup_candidate))
    result = Comparison(
        name=name,
        baseline_s=min(base_times),
        candidate_s=min(cand_times),
        target=f"<= {max_ratio:g}x",
        passed=False,
        extra=dict(extra or {}),
    )
    result.passed = result.ratio <= max_ratio
    report(result)
    return result


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def traced_peak_mb(fn: Callable[[], Any]) -> float:
    """Peak Python-allocated memory while ``fn`` runs, in MB."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


RESULTS: list[Comparison] = []


def report(result: Comparison) -> None:
    RESULTS.append(result)
    print(result.line(), flush=True)
