"""What a written report holds, in numbers (for the command line and the app)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ReportSummary:
    """What :func:`write_report` wrote."""

    path: Path
    sections: list[str] = field(default_factory=list)
    documents: int = 0
    codes: int = 0
    quotes: int = 0
    headings: int = 0
    replaced_characters: int = 0  # characters the file cannot hold, shown as U+FFFD
    pseudonymised: bool = False
    seconds: float = 0.0
    manifest: Path | None = None
    consent: list[str] = field(default_factory=list)  # what was left out and why
    consent_ignored: bool = False  # --ignore-consent: the project's own backup
    left_out: int = 0  # passages the consent register kept out

    def as_json(self) -> dict[str, Any]:
        values = {**self.__dict__, "path": str(self.path)}
        values["manifest"] = None if self.manifest is None else str(self.manifest)
        return values
