"""Printing: layout, rendering, decoding, settings and the print ledger, without a printer."""
