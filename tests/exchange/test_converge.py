"""Two and three offices diverge and exchange in different orders: they converge to the same
roster, attendance, completion and certificate register, and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from exchange_helpers import Office

from course_manager.services.participants import delete_participant
from course_manager.services.workspace import Workspace

COHORT = "2026-AST-01"
LEYLA = "leyla.mammadova@asan.gov.az"
RASHAD = "r.aliyev@digital.gov.az"


def _diverge(offices: dict[str, Office]) -> None:
    """Each office adds its own people, marks its own module, issues its own certificate."""
    modules = ["M3", "M4", "M5"]
    for (name, office), module in zip(offices.items(), modules, strict=False):
        office.ok(
            "participant", "add", "--name", f"New in {name}", "--email", f"new@{name.lower()}.org",
            "--cohort", COHORT,
        )  # fmt: skip
        r = office("attendance", "mark", "--cohort", COHORT, "--module", module, "--all",
                   "--status", "present")  # fmt: skip
        assert r.code == 0, r.err
    offices["hub"].issue_certificate(COHORT, LEYLA)
    other = next(o for n, o in offices.items() if n != "hub")
    other.issue_certificate(COHORT, RASHAD)


def _exchange(source: Office, dest: Office, folder: Path, n: list[int]) -> int:
    n[0] += 1
    code, result = dest.import_(source.export(folder / f"x{n[0]}.cmx"))
    assert code == 0, result
    return int(result["applied"])


ORDERS = {
    "star": [("A", "hub"), ("B", "hub"), ("hub", "A"), ("hub", "B")],
    "chain": [("B", "A"), ("A", "hub"), ("hub", "A"), ("A", "B")],
    "reverse": [("hub", "B"), ("B", "A"), ("A", "B"), ("B", "hub"), ("hub", "A")],
}


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_three_offices_converge_in_any_order(
    order: str, hub: Office, clone: Callable[..., Office], tmp_path: Path
) -> None:
    a = clone("A")
    b = clone("B", a)  # an office cloned from an office
    offices = {"hub": hub, "A": a, "B": b}
    _diverge(offices)
    n = [0]
    for source, dest in ORDERS[order]:
        _exchange(offices[source], offices[dest], tmp_path, n)
    states = [o.state() for o in offices.values()]
    assert states[0] == states[1] == states[2]
    state = states[0]
    # nothing lost: every office's people, every module's marks, both certificates
    assert {f"new@{n.lower()}.org" for n in offices} <= {r[0] for r in state["roster"]}
    marked = {(m, s) for (_e, c, m, s, _h) in state["attendance"] if c == COHORT}
    assert {("M3", "present"), ("M4", "present"), ("M5", "present")} <= marked
    serials = [c[0] for c in state["certificates"]]
    assert len(serials) == 2 and len(set(serials)) == 2
    assert any(s.endswith("-A") for s in serials)  # the office's serials carry its name
    # and a further round changes nothing anywhere
    for source, dest in ORDERS[order]:
        assert _exchange(offices[source], offices[dest], tmp_path, n) == 0


def test_two_offices_converge_whichever_exports_first(
    hub: Office, clone: Callable[..., Office], tmp_path: Path
) -> None:
    tash = clone("Tashkent")
    _diverge({"hub": hub, "Tashkent": tash})
    n = [0]
    from_tash = tash.export(tmp_path / "t.cmx")  # written before the hub's changes arrive
    _exchange(hub, tash, tmp_path, n)
    code, result = hub.import_(from_tash)
    assert code == 0, result
    assert hub.state() == tash.state()
    code, again = hub.import_(from_tash)  # importing the same file twice changes nothing
    assert code == 0 and again["applied"] == 0 and again["unchanged"] > 0


def test_a_conflict_among_three_offices_is_decided_once(
    hub: Office, clone: Callable[..., Office], tmp_path: Path
) -> None:
    a, b = clone("A"), clone("B")
    a.ok("participant", "edit", LEYLA, "--organization", "Org A")
    b.ok("participant", "edit", LEYLA, "--organization", "Org B")
    n = [0]
    for office in (a, b):
        n[0] += 1
        code, result = hub.import_(office.export(tmp_path / f"x{n[0]}.cmx"))
    assert code == 1 and len(result["conflicts"]) == 1
    (conflict,) = hub.ok("exchange", "conflicts")
    assert {conflict["ours"], conflict["theirs"]} == {"Org A", "Org B"}
    assert hub("exchange", "resolve", conflict["id"], "--value", "Org AB").code == 0
    for office in (a, b):
        n[0] += 1
        code, result = office.import_(hub.export(tmp_path / f"x{n[0]}.cmx"))
        assert code == 0 and result["conflicts"] == []
    n[0] += 1
    a.import_(b.export(tmp_path / f"x{n[0]}.cmx"))  # B's stale change reaches A: decided already
    assert a.ok("exchange", "conflicts") == []
    orgs = {o.ok("participant", "show", LEYLA)["organization"] for o in (hub, a, b)}
    assert orgs == {"Org AB"}


def test_deleted_in_one_office_and_edited_in_another_is_a_conflict(
    hub: Office, clone: Callable[..., Office], tmp_path: Path
) -> None:
    person = hub.ok("participant", "add", "--name", "Short Stay", "--email", "short@gov.kz")
    tash = clone("Tashkent")
    with Workspace.open(hub.path) as ws:  # (no command deletes a person: the app does)
        delete_participant(ws, person["id"])
    tash.ok("participant", "edit", "short@gov.kz", "--organization", "Kept Org")
    code, at_tash = tash.import_(hub.export(tmp_path / "h.cmx"))
    assert code == 1
    (c,) = at_tash["conflicts"]
    assert c["ours"] == {"organization": "Kept Org"} and c["theirs"] == "(deleted)"
    code, at_hub = hub.import_(tash.export(tmp_path / "t.cmx"))
    assert code == 1 and at_hub["conflicts"][0]["id"] == c["id"]
    assert at_hub["conflicts"][0]["ours"] == "(deleted)"
    # the hub decides to keep the person: the row comes back with the other office's edit
    assert hub("exchange", "resolve", c["id"], "--keep", "theirs").code == 0
    assert hub.ok("participant", "show", "short@gov.kz")["organization"] == "Kept Org"
    code, back = tash.import_(hub.export(tmp_path / "h2.cmx"))
    assert code == 0 and tash.ok("exchange", "conflicts") == []
    assert hub.state() == tash.state()
