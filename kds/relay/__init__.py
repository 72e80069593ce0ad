"""The webhook-to-polling relay: platform webhooks in, the Open Delivery polling contract out.

- `kds.relay.hooks`: the route table `HOOKS`, one module per platform (its route, signature check,
  retention and tenant secret options), and what they share (`kds.relay.hooks.base`).
- `kds.relay.contract`: the event shape the counter app reads (documented there).
- `kds.relay.store` / `kds.relay.sqlstore`: the durable store (SQLite or PostgreSQL); its records and
  interface in `kds.relay.records`.
- `kds.relay.app`: the FastAPI app; `kds.relay.server.RelayServer`: it in a background thread.
- `kds.relay.cli`: `kds relay` and its tenant commands.

Nothing is imported here, so `kds.relay.hooks` stays importable without FastAPI.
"""
