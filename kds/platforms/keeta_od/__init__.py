"""Keeta Open Delivery (polling API)."""
