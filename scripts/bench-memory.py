#!/usr/bin/env python3
"""Samples resident memory while `make bench` or `make bench-peer` runs, and prints the peaks when it ends.

Warrant: the `api serve` process started by scripts/bench-server.sh. FastAPI: the worker processes of the
reference's uvicorn (its master excluded, as the contract compares "two workers combined"). The Rust peer:
its one process (rust-hyper-todo). Samples every
0.5 s until SIGTERM/SIGINT; growth is the peak of the last third of the samples against the first third.
Usage: bench-memory.py OUT_FILE  (the summary goes to OUT_FILE and stdout)
"""
import os
import signal
import sys
import time


def processes():
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
                yield int(entry), parent, cmdline
            except (OSError, ValueError, IndexError):
                continue


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def sample():
    table = list(processes())
    warrant = sum(rss_kib(pid) for pid, _, cmd in table if "/release/api serve" in cmd)
    masters = {pid for pid, _, cmd in table if "uvicorn" in cmd and "app:app" in cmd}
    fastapi = sum(rss_kib(pid) for pid, parent, cmd in table if parent in masters and "spawn_main" in cmd)
    peer = sum(rss_kib(pid) for pid, _, cmd in table if cmd.split(" ", 1)[0].endswith("/rust-hyper-todo"))
    return warrant, fastapi, peer


def main():
    out = sys.argv[1]
    samples = []
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    while not stop:
        samples.append(sample())
        time.sleep(0.5)
    warrant = [w for w, _, _ in samples if w]
    fastapi = [f for _, f, _ in samples if f]
    peer = [p for _, _, p in samples if p]
    mib = lambda kib: kib / 1024
    lines = []
    if warrant:
        third = max(1, len(warrant) // 3)
        lines.append(f"memory: warrant peak RSS {mib(max(warrant)):.1f} MiB "
                     f"(peak in the first third of the run {mib(max(warrant[:third])):.1f} MiB, last third {mib(max(warrant[-third:])):.1f} MiB)")
    if fastapi:
        lines.append(f"memory: fastapi two workers combined, peak RSS {mib(max(fastapi)):.1f} MiB")
    if peer:
        lines.append(f"memory: rust peer peak RSS {mib(max(peer)):.1f} MiB")
    if warrant and fastapi:
        lines.append(f"memory: warrant / fastapi = {max(warrant) / max(fastapi):.2f} (target <= 0.50)")
    if warrant and peer:
        lines.append(f"memory: warrant / peer = {max(warrant) / max(peer):.2f} (target <= 1.50)")
    text = "\n".join(lines) or "memory: no server was seen"
    with open(out, "w") as f:
        f.write(text + "\n")
    print(text, flush=True)


if __name__ == "__main__":
    main()
