#!/usr/bin/env python3
"""Prints `make bench`'s verdict: each scenario's B/A throughput and p99 against the issue's targets, the
share of PostgreSQL's own ceiling (pg-ceiling) reached, and the memory figures; the last line says whether
every target was met. Usage: bench-targets.py DIR  (DIR holds results.jsonl, ceiling.jsonl, memory.txt)
"""
import json
import statistics
import sys
from pathlib import Path

CRUD = ("get_one", "list", "create", "update", "mixed")
TARGET = {**{s: 5.0 for s in CRUD}, "unauth": 6.0}


def medians(rows, scenario, side):
    mine = [r for r in rows if r["scenario"] == scenario and r["side"] == side]
    return statistics.median(r["rps"] for r in mine), statistics.median(r["p99_ms"] for r in mine)


def main():
    folder = Path(sys.argv[1])
    rows = [json.loads(line) for line in (folder / "results.jsonl").read_text().splitlines() if line.strip()]
    ceiling = {}
    if (folder / "ceiling.jsonl").exists():
        for line in (folder / "ceiling.jsonl").read_text().splitlines():
            if line.strip().startswith("{"):
                entry = json.loads(line)
                ceiling[entry["scenario"]] = entry["tps"]
    missed = []
    print(f"\n{'scenario':<9} {'B/A':>6} {'target':>7} {'p99 B<A':>8} {'% of pg-ceiling':>16}")
    for scenario in dict.fromkeys(r["scenario"] for r in rows):
        a_rps, a_p99 = medians(rows, scenario, "A")
        b_rps, b_p99 = medians(rows, scenario, "B")
        ratio = b_rps / a_rps
        target = TARGET.get(scenario)
        share = f"{100 * b_rps / ceiling[scenario]:.0f} %" if scenario in ceiling else "-"
        verdict = "-" if target is None else ("met" if ratio >= target else "MISSED")
        if target is not None and ratio < target:
            missed.append(f"{scenario} {ratio:.2f}x < {target:.0f}x")
        if b_p99 >= a_p99:
            missed.append(f"{scenario} p99 {b_p99:.2f} >= {a_p99:.2f} ms")
        print(f"{scenario:<9} {ratio:>5.2f}x {verdict:>7} {'yes' if b_p99 < a_p99 else 'NO':>8} {share:>16}")
    memory = folder / "memory.txt"
    if memory.exists():
        text = memory.read_text()
        print(text, end="")
        for line in text.splitlines():
            if line.startswith("memory: warrant / fastapi = "):
                if float(line.split("=")[1].split()[0]) > 0.5:
                    missed.append("memory above half of FastAPI's")
    print("targets: all met" if not missed else "targets: missed — " + "; ".join(missed))


if __name__ == "__main__":
    main()
