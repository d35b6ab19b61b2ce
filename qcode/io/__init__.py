"""Reading documents into qcode and writing exports, without any Qt.

Start at :func:`qcode.io.documents.read_document`; ``qcode.io.base`` holds the
types and text rules the importers share.
"""
