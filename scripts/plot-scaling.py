#!/usr/bin/env python3
"""Draws scripts/bench-scaling.py's results as one PNG: throughput (top row) and p99 (bottom row) against the
connection count for every scenario, and against the page size for GET /todos; medians of the rounds, with
each round's value as a faint dot so the spread shows.

Usage: plot-scaling.py RESULTS.jsonl OUT.png   (matplotlib: Tests/Scripts/tools-venv.sh plot)
"""
import json
import statistics
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: a file only
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

COLOURS = {"A": "#b7410e", "B": "#1f5fa8"}


def main():
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line.strip()]
    labels = {r["side"]: r["label"] for r in rows}
    panels = [("connections", s) for s in dict.fromkeys(r["scenario"] for r in rows if r["kind"] == "connections")]
    panels += [("limit", "list")] if any(r["kind"] == "limit" for r in rows) else []
    figure, axes = plt.subplots(2, len(panels), figsize=(3.2 * len(panels), 6.4), squeeze=False)
    for column, (kind, scenario) in enumerate(panels):
        mine = [r for r in rows if r["kind"] == kind and r["scenario"] == scenario]
        xs = sorted({r["x"] for r in mine})
        for row, (field, unit) in enumerate((("rps", "req/s"), ("p99_ms", "p99 (ms)"))):
            axis = axes[row][column]
            for side in sorted(labels):
                points = [[r[field] for r in mine if r["x"] == x and r["side"] == side] for x in xs]
                axis.plot(xs, [statistics.median(p) for p in points], marker="o", color=COLOURS.get(side),
                          label=labels[side])
                for x, values in zip(xs, points, strict=True):
                    axis.scatter([x] * len(values), values, s=8, alpha=0.3, color=COLOURS.get(side))
            axis.set_xscale("log", base=2 if kind == "connections" else 10)
            axis.set_xticks(xs, [str(x) for x in xs])
            axis.minorticks_off()
            axis.set_ylim(bottom=0)
            if field == "rps":
                axis.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value / 1000:g}k"))
            axis.grid(alpha=0.3)
            if row == 0:
                axis.set_title(scenario if kind == "connections" else "list by page size")
            else:
                axis.set_xlabel("connections" if kind == "connections" else "limit (64 connections)")
            if column == 0:
                axis.set_ylabel(unit)
    handles, names = axes[0][0].get_legend_handles_labels()
    figure.legend(handles, names, loc="upper right", ncol=len(names), frameon=False)
    figure.suptitle("make bench-scaling: medians (lines), each round (dots)", x=0.02,
                    ha="left")
    figure.tight_layout()
    figure.savefig(sys.argv[2], dpi=110)


if __name__ == "__main__":
    main()
