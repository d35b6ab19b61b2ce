"""Per-user settings: the coder's name, recent projects, favourite codes.

Kept in a small JSON file in the user's configuration folder (platformdirs),
or in ``$QCODE_CONFIG_DIR`` when set (tests use that).  Nothing here is
research data: losing the file loses conveniences, never coding.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

MAX_RECENT = 10


def config_dir() -> Path:
    override = os.environ.get("QCODE_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("qcode", appauthor=False))


def data_dir() -> Path:
    """Where qcode keeps files of its own, such as the user's demo project."""
    override = os.environ.get("QCODE_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("qcode", appauthor=False))


class Settings:
    """Read once, written through on every change."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / "settings.json"
        self._values: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = loaded

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(self._values, stream, ensure_ascii=False, indent=2)
        os.replace(tmp, self.path)

    @property
    def coder_name(self) -> str | None:
        name = self._values.get("coder_name")
        return name if isinstance(name, str) and name.strip() else None

    @coder_name.setter
    def coder_name(self, name: str) -> None:
        self._values["coder_name"] = name.strip()
        self._save()

    def recent_projects(self) -> list[Path]:
        paths = [Path(p) for p in self._values.get("recent_projects", []) if isinstance(p, str)]
        return [p for p in paths if p.exists()]

    def add_recent_project(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [p for p in self._values.get("recent_projects", []) if p != resolved]
        self._values["recent_projects"] = [resolved, *recent][:MAX_RECENT]
        self._save()

    @property
    def suggestion_pipeline(self) -> str:
        """The spaCy pipeline for suggestions: "blank" or an installed one."""
        value = self._values.get("suggestion_pipeline")
        return value if isinstance(value, str) and value else "blank"

    @suggestion_pipeline.setter
    def suggestion_pipeline(self, name: str) -> None:
        self._values["suggestion_pipeline"] = name
        self._save()

    @property
    def language(self) -> str | None:
        """The interface's language ("zh_CN", "ar", ...); None: the system's."""
        value = self._values.get("language")
        return value if isinstance(value, str) and value else None

    @language.setter
    def language(self, code: str | None) -> None:
        if code:
            self._values["language"] = code
        else:
            self._values.pop("language", None)
        self._save()

    def favourites(self, project_uuid: str) -> dict[int, str]:
        """Keys 1–9 → code UUIDs, for one project."""
        stored = self._values.get("favourites", {}).get(project_uuid, {})
        return {int(key): str(value) for key, value in stored.items() if str(key).isdigit()}

    def set_favourite(self, project_uuid: str, key: int, code_uuid: str | None) -> None:
        favourites = self._values.setdefault("favourites", {}).setdefault(project_uuid, {})
        for existing, value in list(favourites.items()):
            if value == code_uuid:
                del favourites[existing]
        if code_uuid is None:
            favourites.pop(str(key), None)
        else:
            favourites[str(key)] = code_uuid
        self._save()
