"""Shared fixtures.  Core tests need no display; GUI tests run offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: GUI tests draw offscreen, never on a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not read or write the developer's own settings (recent projects, coder).
os.environ.setdefault("QCODE_CODER", "Test Coder")

from qcode.core.project import Project

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = REPOSITORY.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file from ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared folder sits beside the checkout in CI)")
    return path


@pytest.fixture(autouse=True)
def _private_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCODE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("QCODE_CODER", "Test Coder")


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A new, empty project file."""
    with Project.create(tmp_path / "test.qcode", coder="Amina") as opened:
        yield opened
