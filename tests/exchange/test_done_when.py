"""Issue 17's "Done when", through the command line: a programme cloned to a second office,
changed on both sides, exchanged both ways, ends the same in both files with exactly one
conflict, which resolved on one side no longer appears on the other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from exchange_helpers import Office

COHORT = "2026-AST-01"
ANA = "ana.ciobanu@gov.md"


def test_two_offices_converge_with_one_conflict_resolved_on_one_side(
    hub: Office, clone: Callable[..., Office], tmp_path: Path
) -> None:
    tash = clone("Tashkent")
    # new people on each side
    hub.ok(
        "participant", "add", "--name", "Hub Person", "--email", "hub.p@gov.kz", "--cohort", COHORT
    )
    tash.ok(
        "participant",
        "add",
        "--name",
        "Tash Person",
        "--email",
        "tash.p@gov.uz",
        "--cohort",
        COHORT,
    )
    # attendance for different modules
    assert (
        hub(
            "attendance",
            "mark",
            "--cohort",
            COHORT,
            "--module",
            "M1",
            "--all",
            "--status",
            "present",
        ).code
        == 0
    )
    assert (
        tash(
            "attendance",
            "mark",
            "--cohort",
            COHORT,
            "--module",
            "M2",
            "--all",
            "--status",
            "absent",
        ).code
        == 0
    )
    # the same person's organisation changed differently on each side
    hub.ok("participant", "edit", ANA, "--organization", "Hub Ministry")
    tash.ok("participant", "edit", ANA, "--organization", "Tashkent Agency")

    code, from_hub = tash.import_(hub.export(tmp_path / "hub-1.cmx"))
    assert code == 1 and len(from_hub["conflicts"]) == 1
    code, from_tash = hub.import_(tash.export(tmp_path / "tash-1.cmx"))
    assert code == 1 and len(from_tash["conflicts"]) == 1
    (conflict,) = hub.ok("exchange", "conflicts")
    assert conflict == {
        "id": from_hub["conflicts"][0]["id"],  # the same conflict, the same id, in both offices
        "table": "participant",
        "row": conflict["row"],
        "field": "organization",
        "ours": "Hub Ministry",
        "theirs": "Tashkent Agency",
        "office": "Tashkent",
    }
    # both values kept until a person decides: neither side overwrote the other
    assert _org(hub, ANA) == "Hub Ministry" and _org(tash, ANA) == "Tashkent Agency"

    hub_state, tash_state = hub.state(), tash.state()
    assert hub_state["completion"] == tash_state["completion"]
    assert {r[0] for r in hub_state["roster"]} == {r[0] for r in tash_state["roster"]}
    assert {"hub.p@gov.kz", "tash.p@gov.uz"} <= {r[0] for r in hub_state["roster"]}

    r = hub("exchange", "resolve", conflict["id"], "--keep", "theirs")
    assert r.code == 0, r.err
    assert hub.ok("exchange", "conflicts") == []
    code, after = tash.import_(hub.export(tmp_path / "hub-2.cmx"))
    assert code == 0 and after["conflicts"] == []
    assert tash.ok("exchange", "conflicts") == []
    assert hub.state() == tash.state()
    assert _org(tash, ANA) == "Tashkent Agency"
    # and nothing more travels back: the other way round is quiet too
    code, back = hub.import_(tash.export(tmp_path / "tash-2.cmx"))
    assert code == 0 and back["applied"] == 0 and back["conflicts"] == []
    assert hub.state() == tash.state()


def _org(office: Office, email: str) -> str:
    return str(office.ok("participant", "show", email)["organization"])
