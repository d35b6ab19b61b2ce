"""Reading files into qcode: documents (txt, docx, odt, rtf, pdf, subtitles),
REFI-QDA codebooks and projects.  A leaf: it imports no other qcode layer but
the error types and the plain data classes of :mod:`qcode.model`.

Start at :func:`qcode.io.documents.read_document`; ``qcode.io.base`` holds the
types and text rules the importers share, ``qcode.io.limits`` what an import
may cost.
"""
