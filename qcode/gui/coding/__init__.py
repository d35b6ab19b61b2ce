"""Where coding happens: the document view with its highlights and margin, the
Coded segments and Find in documents panels, and the memo dialog."""
