"""What encryption costs: the same project opened and coded, plain and encrypted.

Opening an encrypted project stretches the passphrase into the key
(PBKDF2-HMAC-SHA512, 256,000 rounds: slow on purpose, so that guessing
passphrases is slow too), which dominates its opening time; once open,
every page read or written is decrypted or encrypted (AES-256) and
authenticated, a small cost beside the disk's.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from pathlib import Path

from qcode.bench.common import Result, synthetic_text
from qcode.core.coding_edits import NewCoding
from qcode.core.encryption import encrypt_project
from qcode.core.project import Project
from qcode.io.base import ImportedDocument

PASSPHRASE = "bench passphrase, not a secret"


def run_encryption_benchmarks(
    folder: Path, *, documents: int = 100, codings: int = 20_000, rounds: int = 5
) -> list[Result]:
    """Build a project of ``documents`` × 50,000 characters and ``codings``
    codings in ``folder``, encrypt a copy, and time opening each and
    committing one coding in each (medians of ``rounds``)."""
    plain = folder / "bench-plain.qcode"
    encrypted = folder / "bench-encrypted.qcode"
    _build(plain, documents, codings)
    shutil.copy(plain, encrypted)
    encrypt_project(encrypted, PASSPHRASE)
    opening = {
        kind: statistics.median(_time_open(path, key) for _ in range(rounds))
        for kind, path, key in (("plain", plain, None), ("encrypted", encrypted, PASSPHRASE))
    }
    coding = {
        "plain": _time_coding(plain, None, rounds),
        "encrypted": _time_coding(encrypted, PASSPHRASE, rounds),
    }
    size = f"{documents} documents, {codings:,} codings"
    return [
        Result(f"open a plain project ({size})", opening["plain"], "s"),
        Result(f"open an encrypted project ({size})", opening["encrypted"], "s"),
        # No target: the key stretching is meant to take a noticeable moment.
        Result("open: encrypted / plain", opening["encrypted"] / opening["plain"], "×"),
        Result("one coding committed durably, plain", coding["plain"] * 1000, "ms"),
        Result("one coding committed durably, encrypted", coding["encrypted"] * 1000, "ms"),
        Result("one coding: encrypted / plain", coding["encrypted"] / coding["plain"], "×", 10.0),
    ]


def _build(path: Path, documents: int, codings: int) -> None:
    rng = random.Random(20261127)
    with Project.create(path, coder="bench") as project:
        added = project.add_documents(
            [
                ImportedDocument(f"interview-{n:03d}", synthetic_text(rng, 50_000), "", "text")
                for n in range(documents)
            ]
        )
        codes = [project.create_code(f"Theme {n + 1}").id for n in range(20)]
        specs = []
        for number in range(codings):
            document = added[number % len(added)]
            start = rng.randrange(0, document.length - 600)
            specs.append(
                NewCoding(document.id, rng.choice(codes), start, start + rng.randint(20, 500))
            )
        project.add_codings(specs)


def _time_open(path: Path, passphrase: str | None) -> float:
    """Open, and read what the app shows first: documents, codebook, counts."""
    began = time.perf_counter()
    with Project.open(path, coder="bench", passphrase=passphrase) as project:
        project.documents()
        project.codebook()
        project.coding_counts()
        return time.perf_counter() - began


def _time_coding(path: Path, passphrase: str | None, rounds: int) -> float:
    samples = []
    with Project.open(path, coder="bench", passphrase=passphrase) as project:
        document = project.documents()[len(project.documents()) // 2]
        code = project.code("Theme 1")
        for offset in range(rounds * 2):
            began = time.perf_counter()
            project.apply_code(document, code, 1000 + offset, 1010 + offset)
            samples.append(time.perf_counter() - began)
    return statistics.median(samples)
