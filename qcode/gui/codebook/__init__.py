"""The Codebook panel: the code tree with its counts, favourite keys, drag and
drop, and the dialogs that edit a code."""
