"""Keeta's Standard Order API: webhooks 1001-1007 read through the relay, and signed order actions."""
