"""``python -m qcode.cli``: the same as the ``qcode`` command."""

from qcode.cli import main

raise SystemExit(main())
