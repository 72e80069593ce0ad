"""Support: logging, redaction of customer data, the diagnostics export."""
