"""The ``qcode`` command: a thin layer over :class:`qcode.core.project.Project`.

Contract: data (tables, text, JSON) goes to stdout, and nothing else does;
messages go to stderr.  A user's mistake gives one line on stderr starting
``qcode: error:`` and exit status 1, and changes nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from qcode.errors import QcodeError


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    from qcode.cli.parser import COMMANDS, build_parser

    if not args or (args[0] not in COMMANDS and not args[0].startswith("-")):
        return _run_app(args)
    parser = build_parser()
    try:
        try:
            options = parser.parse_args(args)
        except SystemExit as stop:  # --help, --version, or a usage mistake already reported
            return stop.code if isinstance(stop.code, int) else 1
        status: int = options.handler(options)
        return status
    except QcodeError as error:
        print(f"qcode: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qcode: interrupted; the last completed edit is saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `qcode segments P | head`).
        sys.stderr.close()
        return 0


def _run_app(args: list[str]) -> int:
    if len(args) > 1:
        print(f"qcode: error: unknown command '{args[0]}' (see qcode --help)", file=sys.stderr)
        return 1
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "qcode: error: no screen to open the app on (DISPLAY is not set); "
            "the command line works without one: qcode --help",
            file=sys.stderr,
        )
        return 1
    try:
        from qcode.gui.app import run  # type: ignore[import-not-found, unused-ignore]
    except ImportError as error:
        print(f"qcode: error: the desktop app cannot start ({error})", file=sys.stderr)
        return 1
    status: int = run(args[0] if args else None)
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
