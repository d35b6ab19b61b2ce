"""The Documents panel: the table of documents with their attributes, and the
dialog that edits a document's attributes."""
