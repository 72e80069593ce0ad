"""Async, Qt-free application services: poller, action outbox runner, order service, engine."""
