"""Platform adapters: one package per platform (client, wire models, mapping, adapter)."""
