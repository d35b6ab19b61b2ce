"""What every ``qcode bench`` module shares: a measured figure beside its
target, the synthetic interview text, timing and peak memory, and printing."""

from __future__ import annotations

import random
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Progress = Callable[[str], None] | None


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    target: float | None = None
    higher_is_better: bool = False

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": round(self.value, 4),
            "unit": self.unit,
            "target": self.target,
            "ok": self.ok,
        }


_WORDS = (
    "the state credit system list court notice appeal data people local government blacklist "
    "score company platform surveillance camera interview researcher said because family "
    "travel train ticket rights remedy official city pilot points 社会信用 失信 诚信 😀 𠮷 "
    "welfare algorithm risk decision review privacy"
).split(" ")


def synthetic_text(rng: random.Random, length: int) -> str:
    parts: list[str] = []
    size = 0
    turn = 0
    while size < length:
        speaker = "Interviewer" if turn % 2 == 0 else "Respondent"
        sentence = " ".join(rng.choices(_WORDS, k=rng.randint(20, 80)))
        chunk = f"{speaker}: {sentence}.\n"
        parts.append(chunk)
        size += len(chunk)
        turn += 1
    return "".join(parts)[:length]


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def peak_memory_mb() -> float:
    """This process's own peak resident memory, in MB.

    Linux's ``VmHWM`` belongs to the running program alone; ``ru_maxrss``
    does not: Linux carries it over ``exec``, and ``subprocess`` starts
    children with ``vfork``, so a child of a big process (a benchmark child
    of the bench process) would report its parent's peak.  The measuring
    children import this function for that reason."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def print_results(results: list[Result]) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'benchmark'.ljust(width)}  {'value':>10}  {'target':>10}")
    for r in results:
        value = f"{r.value:,.3f} {r.unit}" if r.value < 100 else f"{r.value:,.0f} {r.unit}"
        if r.target is None:
            target, verdict = "", ""
        else:
            sign = "≥" if r.higher_is_better else "≤"
            target = f"{sign} {r.target:g} {r.unit}"
            verdict = "ok" if r.ok else "MISSED"
        print(f"{r.name.ljust(width)}  {value:>10}  {target:>10}  {verdict}")
