"""Widgets of the counter screen; they bind to view-models and never call services themselves."""
