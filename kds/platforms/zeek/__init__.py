"""Zeek: its policy, ahead of its adapter (the board, the setup screens and printing know it by it)."""
