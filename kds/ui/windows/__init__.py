"""Top-level windows and the panels that cover them (the order drawer, the history)."""
