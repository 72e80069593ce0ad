"""Zeek (Circle K, CKGo): orders through the relay, Collect to Zeek's API."""
