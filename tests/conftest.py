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


@pytest.fixture(autouse=True)
def _the_apps_english(request: pytest.FixtureRequest) -> None:
    """GUI tests see English as the app shows it: qcode's start (gui/app.py)
    installs English's plural forms ("1 coding", "2 codings") and its way of
    writing numbers (1,234).  Core tests never make a QApplication."""
    if "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QLocale

    from qcode.gui.i18n import ENGLISH, install_translators, number_locale

    app = request.getfixturevalue("qapp")
    if not getattr(app, "_qcode_english", None):
        app._qcode_english = install_translators(app, ENGLISH)  # kept alive with the app
    QLocale.setDefault(number_locale(ENGLISH))  # whatever a test before set


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A new, empty project file."""
    with Project.create(tmp_path / "test.qcode", coder="Amina") as opened:
        yield opened


class NetworkUsed(AssertionError):
    """qcode tried to reach the network; informants' safety forbids it."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail on any attempt to reach another machine; returns the attempts.

    Creating a socket is allowed (urllib3, imported by spaCy, probes IPv6 by
    binding a socket to ::1 at import); connecting, sending or resolving a
    name is not, except on this machine's own loopback.
    """
    import socket

    attempts: list[str] = []

    def local(address: object) -> bool:
        host = address[0] if isinstance(address, tuple) else address
        return isinstance(host, str) and host in ("127.0.0.1", "::1", "localhost", "")

    def guard(name: str, original: object) -> object:
        def guarded(self: socket.socket, address: object, *args: object) -> object:
            if self.family in (socket.AF_INET, socket.AF_INET6) and not local(address):
                attempts.append(f"{name} {address}")
                raise NetworkUsed(f"qcode tried to reach {address}")
            return original(self, address, *args)  # type: ignore[operator]

        return guarded

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, guard(name, getattr(socket.socket, name)))
    original_sendto = socket.socket.sendto

    def sendto(self: socket.socket, data: bytes, *args: object) -> int:
        address = args[-1]
        if self.family in (socket.AF_INET, socket.AF_INET6) and not local(address):
            attempts.append(f"sendto {address}")
            raise NetworkUsed(f"qcode tried to send to {address}")
        return original_sendto(self, data, *args)  # type: ignore[arg-type]

    def refusing(original: object) -> object:
        def refuse(*args: object, **kwargs: object) -> object:
            if args and local(args[0]):
                return original(*args, **kwargs)  # type: ignore[operator]
            attempts.append(f"lookup or connection {args[:2]}")
            raise NetworkUsed("qcode tried to reach the network")

        return refuse

    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "create_connection", refusing(socket.create_connection))
    monkeypatch.setattr(socket, "getaddrinfo", refusing(socket.getaddrinfo))
    return attempts
