"""The Suggestions panel: suggested passages to accept or reject, and the
background worker that finds them and trains the model."""
