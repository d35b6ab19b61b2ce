"""qcode: qualitative coding of interview transcripts, offline."""

__version__ = "0.1.0"
