"""Run risky work (parsing a PDF, rendering its pages) in a forked child that the parent can stop.

A hang inside PyMuPDF's C code cannot be cut from Python in the same process
(a signal handler only runs between bytecodes), and a segfault or a runaway
allocation would take the whole run with it. So every job runs in its own child:

- forked, so the modules and the catalogue the parent already loaded cost the
  child nothing to start (a few milliseconds per document);
- capped in address space (RLIMIT_AS), so a pathological page fails with
  MemoryError in the child instead of exhausting the machine (the cap counts
  from what the child inherits, free heap of the parent included: ingest's
  main process parses nothing itself, so that stays small);
- killed (SIGKILL) by the parent when its wall-clock limit passes;
- tied to the parent's life (PR_SET_PDEATHSIG), so no child outlives a run
  that was killed, and killed by the parent's `finally` on SIGINT/SIGTERM.

A dead or killed child costs its own job only; the next job gets a fresh child.
"""
from __future__ import annotations

import ctypes
import dataclasses
import faulthandler
import gc
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

POLL_SECONDS = 0.2  # how often progress messages are relayed while children work
PR_SET_PDEATHSIG = 1  # linux/prctl.h
NEAR_CAP = 0.75  # share of its memory allowance a failed child had used for the failure to count as memory
_FORK = multiprocessing.get_context("fork")

Send = Callable[[Any], None]
Job = Callable[[Send], Any]
"""A job is called in the child with `send(message)` for progress; its return value goes to the parent."""


@dataclass(frozen=True)
class Limits:
    seconds: float  # wall clock per job
    memory: int  # bytes of address space the child may add to what it inherits; 0: no cap


@dataclass(frozen=True)
class MoreTime:
    """A message a job sends to have its time limit lengthened (work whose size shows only as it runs,
    such as the pages of a scan to OCR)."""

    seconds: float


@dataclass(frozen=True)
class Outcome:
    """How a job ended: `done` (value is its result), `timeout`, `out_of_memory`, `crashed`."""

    kind: str
    value: Any = None
    detail: str = ""
    seconds: float = 0.0  # from the child's start to its end


@dataclass
class _Child:
    key: Any
    process: multiprocessing.process.BaseProcess
    reader: Connection
    started: float
    deadline: float


def run_all(jobs: Iterable[tuple[Any, Job]], workers: int, limits: Limits,
            on_progress: Callable[[Any, Any], None] | None = None,
            on_done: Callable[[Any, Outcome], None] | None = None) -> Iterator[tuple[Any, Outcome]]:
    """(key, outcome) of every (key, job), in completion order, at most `workers` children at a time.

    The next jobs start before a finished one is yielded, so the caller's work on
    an outcome (storing it) overlaps the children's. `on_done(key, outcome)` runs
    first, before that start: what it leaves in this process, the next children inherit.
    Closing the iterator (or an exception in the caller, e.g. KeyboardInterrupt)
    kills the children still running.
    """
    pending = deque(jobs)
    running: list[_Child] = []

    def start_next() -> None:
        while pending and len(running) < max(1, workers):
            running.append(_start(*pending.popleft(), limits))

    try:
        start_next()
        while running:
            soonest = min(child.deadline for child in running) - time.monotonic()
            wait([c.reader for c in running] + [c.process.sentinel for c in running],
                 timeout=max(0.0, min(soonest, POLL_SECONDS)))
            finished, still = [], []
            for child in running:
                outcome = _collect(child, on_progress)
                if outcome is None and time.monotonic() >= child.deadline:
                    _stop(child)
                    limit = child.deadline - child.started  # the limit, lengthened by the job's MoreTime
                    outcome = Outcome("timeout", detail=f"stopped after the {limit:.0f} s limit")
                if outcome is not None:
                    outcome = dataclasses.replace(outcome, seconds=time.monotonic() - child.started)
                (still if outcome is None else finished).append((child, outcome))
            running = [child for child, _ in still]
            if on_done:
                for child, outcome in finished:
                    on_done(child.key, outcome)
            start_next()
            for child, outcome in finished:
                yield child.key, outcome
    finally:
        for child in running:
            _stop(child)


def run_one(job: Job, limits: Limits, on_progress: Callable[[Any], None] | None = None) -> Outcome:
    """One job in a child process (see run_all)."""
    for _, outcome in run_all([(None, job)], 1, limits,
                              (lambda _key, message: on_progress(message)) if on_progress else None):
        return outcome
    raise AssertionError("run_all yields one outcome per job")


def _start(key: Any, job: Job, limits: Limits) -> _Child:
    reader, writer = _FORK.Pipe(duplex=False)
    process = _FORK.Process(target=_child_main, args=(job, writer, os.getpid(), limits.memory), daemon=True)
    process.start()
    writer.close()  # the parent keeps only the reading end: EOF then means the child is gone
    started = time.monotonic()
    return _Child(key, process, reader, started, started + limits.seconds)


def _collect(child: _Child, on_progress: Callable[[Any, Any], None] | None) -> Outcome | None:
    """The child's outcome if it ended (relaying its progress messages meanwhile), else None."""
    try:
        while child.reader.poll():
            kind, value = child.reader.recv()
            if kind == "progress" and isinstance(value, MoreTime):
                child.deadline += value.seconds
                continue
            if kind == "progress":
                if on_progress:
                    on_progress(child.key, value)
                continue
            child.process.join()
            child.reader.close()
            return Outcome(kind, value if kind == "done" else None, "" if kind == "done" else str(value))
    except (EOFError, OSError):
        pass  # the child is gone without a word
    else:
        if child.process.is_alive():
            return None
    child.process.join()
    child.reader.close()
    code = child.process.exitcode
    if code == -signal.SIGKILL:  # not sent by us: the kernel's out-of-memory killer, or a user
        return Outcome("out_of_memory", detail="the parser process was killed (most likely out of memory)")
    what = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit status {code}"
    return Outcome("crashed", detail=f"the parser process died ({what})")


def _stop(child: _Child) -> None:
    if child.process.is_alive():
        child.process.kill()
    child.process.join()
    child.reader.close()


def _child_main(job: Job, writer: Connection, parent: int, memory: int) -> None:
    faulthandler.disable()  # a crash is reported by the parent, in one line
    gc.freeze()  # the inherited objects: a collection would touch, and so copy, every page of them
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _cap_memory(memory)
    try:
        message = ("done", job(lambda value: writer.send(("progress", value))))
    except MemoryError:
        message = ("out_of_memory", "ran out of its memory limit")
    except BaseException as exc:  # reported to the parent as a crash of this job only
        message = ("crashed", f"{type(exc).__name__}: {exc}")
    try:
        writer.send(message)
    except MemoryError:  # the result itself did not fit
        writer.send(("out_of_memory", "the result did not fit the memory limit"))
    writer.close()


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this child when the parent dies, however it dies (Linux)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the parent's `finally` still stops its children
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


_cap: tuple[int, int] | None = None  # (inherited, limit) bytes of address space, in a capped child


def _cap_memory(extra: int) -> None:
    """Limit the address space to what the child inherited plus `extra` bytes."""
    global _cap
    if extra <= 0:
        return
    inherited = _address_space("VmSize")
    if inherited is None:
        return  # no /proc: run uncapped rather than guess
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = inherited + extra
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    _cap = (inherited, limit)


def near_memory_cap() -> bool:
    """Whether this capped child has used most of what its cap allows.

    A failed allocation does not always surface as MemoryError (a C library
    may report it as a generic error, an import as a failed mapping), so a
    failure in a child that came this close to its cap is put down to memory.
    """
    if _cap is None:
        return False
    inherited, limit = _cap
    peak = _address_space("VmPeak")
    return peak is not None and peak - inherited >= NEAR_CAP * (limit - inherited)


def _address_space(field: str) -> int | None:
    """VmSize or VmPeak of this process in bytes, from /proc (Linux)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None
