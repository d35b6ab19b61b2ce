"""The desktop app (PySide6), the only place Qt lives.

The window shell is here: ``app`` (start-up: which project, who is coding),
``main_window`` (docks, menus, toolbar) and ``file_menu``, ``session`` (the
open project as the widgets see it), ``undo``, ``screenshot`` and ``bench``.
Each feature has a folder: ``coding`` (document view, coded segments, find),
``documents``, ``codebook``, ``reports``, ``team`` (agreement, merge, coder
copies), ``privacy`` (pseudonyms, identifiers, redaction, passphrases),
``suggestions`` and ``exchange`` (every import and export); ``widgets`` holds
what several features share.  Features import only ``session`` and
``widgets`` from here, and one another without circles.
"""
