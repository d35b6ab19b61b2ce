"""The ``qcode`` command: a thin layer over :class:`qcode.core.project.Project`.

Contract: data (tables, text, JSON) goes to stdout, and nothing else does;
messages go to stderr, with control characters escaped (see
:mod:`qcode.cli.output`).  A user's mistake gives one line on stderr starting
``qcode: error:`` and exit status 1, and changes nothing.  A bug in qcode
gives one line starting ``qcode: internal error:`` and exit status 70, and
its traceback goes to a file in qcode's data folder, not to the terminal.
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
    from qcode.cli.arguments import check_arguments
    from qcode.cli.output import printable
    from qcode.cli.parser import COMMANDS, build_parser

    if not args or (args[0] not in COMMANDS and not args[0].startswith("-")):
        return _run_app(args)
    parser = build_parser()
    try:
        try:
            options = parser.parse_args(args)
        except SystemExit as stop:  # --help, --version, or a usage mistake already reported
            return stop.code if isinstance(stop.code, int) else 1
        check_arguments(options)
        status: int = options.handler(options)
        return status
    except QcodeError as error:
        print(f"qcode: error: {printable(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qcode: interrupted; the last completed edit is saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `qcode segments P | head`).
        sys.stderr.close()
        return 0
    except OSError as error:
        if error.filename is None:
            return _internal_error(error, args[0])
        # A file the user named cannot be used (name too long, no permission,
        # disk full): theirs to fix, and every write was rolled back.
        name = os.fsdecode(error.filename)
        name = name if len(name) <= 80 else name[:79] + "…"
        print(printable(f"qcode: error: {name}: {error.strerror or error}"), file=sys.stderr)
        return 1
    except Exception as error:  # a bug: the last line of defence, see below
        return _internal_error(error, args[0])


INTERNAL_ERROR = 70  # EX_SOFTWARE: qcode, not the user, went wrong


def _internal_error(error: Exception, command: str) -> int:
    """A bug in qcode: one line for the user, the traceback in a file for
    the report.  The arguments are not written there (they may hold names
    or memo text)."""
    import datetime
    import traceback

    from qcode import __version__
    from qcode.cli.output import printable
    from qcode.settings import data_dir

    now = datetime.datetime.now()
    details = (
        f"qcode {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        f"{now.isoformat(timespec='seconds')}: qcode {command}\n\n"
        + "".join(traceback.format_exception(error))
    )
    try:
        folder = data_dir() / "errors"
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / f"qcode-error-{now:%Y%m%d-%H%M%S}-{os.getpid()}.txt"
        log.write_text(details, encoding="utf-8")
        where = f"details were written to {log}"
    except OSError as problem:
        where = f"the details could not be saved: {problem.strerror or problem}"
    message = str(error).splitlines()[0] if str(error) else ""
    if len(message) > 200:
        message = message[:199] + "…"
    print(
        printable(
            f"qcode: internal error: {type(error).__name__}: {message} (a bug in qcode; {where})"
        ),
        file=sys.stderr,
    )
    return INTERNAL_ERROR


def _run_app(args: list[str]) -> int:
    if len(args) > 1:
        from qcode.cli.output import printable

        print(
            printable(f"qcode: error: unknown command '{args[0]}' (see qcode --help)"),
            file=sys.stderr,
        )
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
