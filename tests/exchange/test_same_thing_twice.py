"""The same thing made in two offices under different UUIDs -- the same module marked for the
same person, the same e-mail given to a new person -- is one thing again after the exchange:
merged when both say the same, a conflict for a person when they differ."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from exchange_helpers import Office

COHORT = "2026-ONL-01"
ANA = "ana.ciobanu@gov.md"


def _mark(office: Office, email: str, module: str, status: str) -> None:
    r = office("attendance", "mark", "--cohort", COHORT, "--module", module,
               "--participant", email, "--status", status)  # fmt: skip
    assert r.code == 0, r.err


def _swap(
    a: Office, b: Office, folder: Path, tag: str
) -> tuple[tuple[int, dict], tuple[int, dict]]:  # type: ignore[type-arg]
    to_b = b.import_(a.export(folder / f"a-{tag}.cmx"))
    to_a = a.import_(b.export(folder / f"b-{tag}.cmx"))
    return to_b, to_a


def test_the_same_mark_in_two_offices_is_merged_or_decided_once(
    hub: Office, clone: Callable[..., Office], tmp_path: Path
) -> None:
    people = [p["email"] for p in hub.ok("participants") if p["email"]]
    enrolled = {r["email"] for r in hub.ok("completion", "--cohort", COHORT)}
    first, second = [e for e in people if e in enrolled][:2]
    tash = clone("Tashkent")
    for office in (hub, tash):  # nobody marked M7 yet: both offices mark it
        _mark(office, first, "M7", "present")
    _mark(hub, second, "M7", "present")
    _mark(tash, second, "M7", "absent")
    (code_b, at_tash), (code_a, at_hub) = _swap(hub, tash, tmp_path, "1")
    assert (code_b, code_a) == (1, 1)
    (c,) = at_hub["conflicts"]  # the same marks merged; the different ones wait
    assert c["id"] == at_tash["conflicts"][0]["id"]
    assert c["field"] == "(same)" and c["ours"]["status"] == "present"
    assert c["theirs"]["status"] == "absent"
    assert hub("exchange", "resolve", c["id"], "--keep", "theirs").code == 0
    (code_b, _), (code_a, _) = _swap(hub, tash, tmp_path, "2")
    assert (code_b, code_a) == (0, 0)
    assert tash.ok("exchange", "conflicts") == [] == hub.ok("exchange", "conflicts")
    assert hub.state() == tash.state()
    marks = {(e, m): s for (e, c, m, s, _h) in hub.attendance() if c == COHORT and m == "M7"}
    assert marks == {(first, "M7"): "present", (second, "M7"): "absent"}


def test_the_same_new_person_in_two_offices_is_one_person_after_a_decision(
    hub: Office, clone: Callable[..., Office], tmp_path: Path
) -> None:
    tash = clone("Tashkent")
    hub.ok("participant", "add", "--name", "Dana Sadykova", "--email", "dana@gov.kz")
    tash.ok("participant", "add", "--name", "Дана Садыкова", "--email", "dana@gov.kz")
    (code_b, at_tash), (code_a, at_hub) = _swap(hub, tash, tmp_path, "1")
    assert (code_b, code_a) == (1, 1)
    (c,) = at_hub["conflicts"]
    assert c["ours"]["full_name"] == "Dana Sadykova"
    assert c["theirs"]["full_name"] == "Дана Садыкова"
    assert tash("exchange", "resolve", c["id"], "--keep", "ours").code == 0
    (code_b, _), (code_a, _) = _swap(tash, hub, tmp_path, "2")
    assert (code_b, code_a) == (0, 0)
    assert hub.state() == tash.state()
    names = [p["full_name"] for o in (hub, tash) for p in o.ok("participants")
             if p["email"] == "dana@gov.kz"]  # fmt: skip
    assert names == ["Дана Садыкова", "Дана Садыкова"]
