"""Protecting informants: the Pseudonyms panel, Find identifying details,
permanent redaction, and passphrases for encrypted projects."""
