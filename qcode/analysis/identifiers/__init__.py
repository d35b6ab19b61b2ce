"""Details that could identify someone: finding candidates in the documents
(:mod:`.finder`) with patterns that need no model (:mod:`.rules`)."""
