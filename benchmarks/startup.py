"""`make bench`: how fast the command line answers, and what isolating each document costs.

Printed, never asserted: the machines are shared and noisy. Each command runs
several times; the best wall time and the CPU time of that run are shown
(CPU time is what a busy machine does not inflate).
"""
from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
TARGETS = {"--help": 0.3, "query 'select 1'": 1.0}


def timed(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def isolation_overhead(files: int = 30) -> tuple[float, float]:
    """(wall, CPU) seconds a child process adds per file: a one-line PDF parsed in a child versus here.

    A PDF, as most files are: an empty file would also make every child import the readers of other
    formats, which a run of PDFs never loads."""
    import pymupdf

    from ingest import pipeline

    def cpu() -> float:
        return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))

    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "one-line.pdf"
        with pymupdf.open() as doc:
            doc.new_page().insert_text((72, 72), "Not a strategy")
            doc.save(empty)
        pipeline.process_file(empty, [])  # the warm-up (dictionaries, template) is paid once per run, not per file
        cpu_started, started = cpu(), time.perf_counter()
        for _ in range(files):
            pipeline.process_file(empty, [])
        isolated, isolated_cpu = time.perf_counter() - started, cpu() - cpu_started
        cpu_started, started = cpu(), time.perf_counter()
        for _ in range(files):
            pipeline._process_file(empty, [], None, "0" * 64)
        return (isolated - (time.perf_counter() - started)) / files, (isolated_cpu - (cpu() - cpu_started)) / files


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "empty.duckdb"
        import duckdb
        duckdb.connect(str(db)).close()
        commands = {"--help": ["--help"], "query 'select 1'": ["query", "select 1", "--db", str(db)]}
        for name, args in commands.items():
            runs = sorted(timed(args) for _ in range(RUNS))
            wall, cpu = runs[0]
            median = statistics.median(w for w, _ in runs)
            target = TARGETS[name]
            print(f"start-up {name:18s} best {wall:5.2f} s (CPU {cpu:4.2f} s), median {median:5.2f} s  "
                  f"(target < {target} s: {'met' if wall < target else 'MISSED'})")
    wall, cpu = isolation_overhead()
    print(f"isolation overhead per file        {wall * 1000:5.1f} ms (CPU {cpu * 1000:4.1f} ms: fork, limits, result back)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
