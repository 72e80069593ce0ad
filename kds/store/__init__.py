"""SQLite store: events, orders, action outbox, quarantine, print ledger. WAL and numbered migrations."""
