#!/usr/bin/env python3
"""Prints the verdict of `make bench` (A is FastAPI) or `make bench-peer` (A is the hand-written Rust peer):
each scenario's B/A throughput and p99 against the targets, the share of PostgreSQL's own ceiling
(pg-ceiling) reached, and the memory figures; the last line says whether every target was met.
Usage: bench-targets.py DIR [--peer]  (DIR holds results.jsonl, ceiling.jsonl, memory.txt)

Against FastAPI: >= 5x on the CRUD scenarios and 6x on unauth, a lower p99, at most half its memory.
Against the peer: >= 1.0x on the CRUD scenarios and 0.8x on unauth, a p99 no higher than its, at most 1.5x its
memory, and >= 50 % of pg-ceiling on every CRUD scenario.
"""
import json
import statistics
import sys
from pathlib import Path

CRUD = ("get_one", "list", "create", "update", "mixed")
TARGETS = {
    "fastapi": {**{s: 5.0 for s in CRUD}, "unauth": 6.0},
    "peer": {**{s: 1.0 for s in CRUD}, "unauth": 0.8},
}
MEMORY = {"fastapi": ("memory: warrant / fastapi = ", 0.5, "half of FastAPI's"), "peer": ("memory: warrant / peer = ", 1.5, "1.5x the peer's")}


def medians(rows, scenario, side):
    mine = [r for r in rows if r["scenario"] == scenario and r["side"] == side]
    return statistics.median(r["rps"] for r in mine), statistics.median(r["p99_ms"] for r in mine)


def main():
    folder = Path(sys.argv[1])
    against = "peer" if "--peer" in sys.argv[2:] else "fastapi"
    targets = TARGETS[against]
    rows = [json.loads(line) for line in (folder / "results.jsonl").read_text().splitlines() if line.strip()]
    ceiling = {}
    if (folder / "ceiling.jsonl").exists():
        for line in (folder / "ceiling.jsonl").read_text().splitlines():
            if line.strip().startswith("{"):
                entry = json.loads(line)
                ceiling[entry["scenario"]] = entry["tps"]
    missed = []
    p99_rule = "p99 B<=A" if against == "peer" else "p99 B<A"
    print(f"\n{'scenario':<9} {'B/A':>6} {'target':>7} {p99_rule:>9} {'% of pg-ceiling':>16}")
    for scenario in dict.fromkeys(r["scenario"] for r in rows):
        a_rps, a_p99 = medians(rows, scenario, "A")
        b_rps, b_p99 = medians(rows, scenario, "B")
        ratio = b_rps / a_rps
        target = targets.get(scenario)
        share = f"{100 * b_rps / ceiling[scenario]:.0f} %" if scenario in ceiling else "-"
        verdict = "-" if target is None else ("met" if ratio >= target else "MISSED")
        if target is not None and ratio < target:
            missed.append(f"{scenario} {ratio:.2f}x < {target:g}x")
        p99_met = b_p99 <= a_p99 if against == "peer" else b_p99 < a_p99
        if not p99_met:
            missed.append(f"{scenario} p99 {b_p99:.2f} {'>' if against == 'peer' else '>='} {a_p99:.2f} ms")
        if against == "peer" and scenario in CRUD and scenario in ceiling and b_rps < 0.5 * ceiling[scenario]:
            missed.append(f"{scenario} {share} of pg-ceiling < 50 %")
        print(f"{scenario:<9} {ratio:>5.2f}x {verdict:>7} {'yes' if p99_met else 'NO':>9} {share:>16}")
    memory = folder / "memory.txt"
    if memory.exists():
        text = memory.read_text()
        print(text, end="")
        prefix, bound, words = MEMORY[against]
        for line in text.splitlines():
            if line.startswith(prefix) and float(line.split("=")[1].split()[0]) > bound:
                missed.append(f"memory above {words}")
    print("targets: all met" if not missed else "targets: missed — " + "; ".join(missed))


if __name__ == "__main__":
    main()
