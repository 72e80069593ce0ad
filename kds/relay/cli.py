"""`kds relay`: serve the relay, and manage its tenants.

    kds relay [--host 127.0.0.1] [--port 8080] [--db PATH|postgresql://…] [--log-level info]
    kds relay add-tenant NAME [each platform's secret options] [--public-url https://relay.example.com]
                              [--db …]
    kds relay set-tenant NAME [the same options]    change secrets or the public URL
    kds relay rotate-token NAME [--db …]            issue a new token (the old one stops working)
    kds relay list-tenants [--db …]

Each webhook route in `kds.relay.hooks.HOOKS` brings its own secret options (its `TenantOptions`;
see ``kds relay add-tenant --help``), and each platform with a secret gets its webhook URL printed.
A secret given as ``-`` is read from the first line of standard input, which keeps it out of the
shell history and the process list. Tokens are printed once and never stored in clear.

The database holds every tenant's webhook secrets (needed to verify signatures) and the webhook
payloads (customer data until they are purged): keep it private. The SQLite file is created
readable by its owner only; give a PostgreSQL role access to nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from kds.clock import SystemClock
from kds.relay.hooks import HOOKS
from kds.relay.store import PlatformSecret, RelayStore, StoreError, default_db_path, open_store
from kds.relay.tenants import check_public_url, create_tenant, rotate_token

ADMIN = ("add-tenant", "set-tenant", "rotate-token", "list-tenants")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(f"kds relay: {text}\n")


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help=f"SQLite file or postgresql:// DSN (default {default_db_path()})")


def _parser(command: str | None) -> argparse.ArgumentParser:
    if command is None:
        parser = argparse.ArgumentParser(prog="kds relay", description="Serve the webhook relay. Its database "
                                         "holds webhook secrets and payloads: keep it private.",
                                         epilog=f"Tenant commands: {', '.join(ADMIN)} (each with --help).")
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s)")
        parser.add_argument("--port", type=int, default=8080, help="port to listen on (default %(default)s)")
        parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"],
                            help="(default %(default)s)")
        _db_option(parser)
        return parser
    parser = argparse.ArgumentParser(prog=f"kds relay {command}")
    if command != "list-tenants":
        parser.add_argument("name")
    if command in ("add-tenant", "set-tenant"):
        for hook in HOOKS:
            options = hook.tenant_options
            if options.app_id is not None:
                parser.add_argument(options.app_id, help=options.app_id_help)
            parser.add_argument(options.secret, help=options.secret_help)
        parser.add_argument("--public-url", help="public base URL the platforms call (default: the request's)")
    _db_option(parser)
    return parser


def _secret(value: str | None) -> str | None:
    if value == "-":
        return sys.stdin.readline().strip() or None
    return value


def _value(args: argparse.Namespace, option: str | None) -> str | None:
    """The value of `option` (as spelt on the command line), None when absent or not offered."""
    if option is None:
        return None
    value: str | None = getattr(args, option.lstrip("-").replace("-", "_"))
    return value


def _secrets(args: argparse.Namespace) -> dict[str, PlatformSecret]:
    found: dict[str, PlatformSecret] = {}
    for hook in HOOKS:
        options = hook.tenant_options
        secret = options.platform_secret(_secret(_value(args, options.secret)), _value(args, options.app_id))
        if secret is not None:
            found[hook.platform] = secret
    return found


def _admin(command: str, args: argparse.Namespace, store: RelayStore) -> int:
    if command == "list-tenants":
        for tenant in store.tenants():
            platforms = ",".join(sorted(tenant.secrets)) or "-"
            _out(f"{tenant.name}\tplatforms={platforms}\tpublic_url={tenant.public_url or '-'}")
        return 0
    if command == "rotate-token":
        _out(f"new token for {args.name} (shown once): {rotate_token(store, args.name)}")
        return 0
    secrets = _secrets(args)
    if command == "add-tenant":
        token = create_tenant(store, args.name, now=SystemClock().now(), public_url=args.public_url,
                              secrets_by_platform=secrets)
        _out(f"tenant {args.name} created")
        _out(f"token (shown once; give it to the counter app): {token}")
    else:
        if store.tenant(args.name) is None:
            raise ValueError(f"no tenant {args.name!r}")
        if args.public_url is not None:
            store.set_public_url(args.name, check_public_url(args.public_url or None))
        for platform, secret in secrets.items():
            store.set_secret(args.name, platform, secret)
        _out(f"tenant {args.name} updated")
    base = (store.tenant(args.name) or None)
    prefix = base.public_url if base and base.public_url else "<public base URL>"
    for hook in HOOKS:
        if base and hook.platform in base.secrets:
            _out(f"{hook.platform} webhook URL: {prefix}/hooks/{hook.path}/{args.name}")
    return 0


def main(argv: Sequence[str]) -> int:
    """Run `kds relay ARGS`; returns the exit status."""
    argv = list(argv)
    command = argv[0] if argv and argv[0] in ADMIN else None
    args = _parser(command).parse_args(argv[1:] if command else argv)
    try:
        store = open_store(args.db)
    except StoreError as exc:
        _err(f"cannot open the database: {exc}")
        return 1
    try:
        if command is not None:
            return _admin(command, args, store)
        from kds.relay.app import create_app
        from kds.relay.logs import configure_logging
        from kds.relay.server import make_server

        configure_logging(args.log_level)
        # uvicorn re-raises Ctrl-C once it has shut down gracefully; that is a normal stop here.
        with contextlib.suppress(KeyboardInterrupt):
            make_server(create_app(store), host=args.host, port=args.port).run()
        return 0
    except (ValueError, StoreError) as exc:
        _err(str(exc))
        return 1
    finally:
        store.close()
