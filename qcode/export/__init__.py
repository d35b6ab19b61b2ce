"""Everything qcode writes for people or other tools: Excel workbooks, CSV,
plain text, REFI-QDA projects (.qdpx) and codebooks (.qdc), pseudonymised
variants of each, and the leak check that guards them.  Above analysis:
exports read the project through core and analysis, never the reverse."""
