"""``python -m qcode``: the same as the ``qcode`` command.

This is also the program of the app bundle (packaging/qcode.spec).  There, the
suggestions' worker processes start as this same executable (multiprocessing's
spawn): ``freeze_support()`` runs the worker's job and exits instead of opening
a second app; outside a bundle it does nothing.
"""

import multiprocessing

from qcode.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
