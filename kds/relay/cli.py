"""`kds relay`: serve the relay, and manage its tenants.

    kds relay [--host 127.0.0.1] [--port 8080] [--db PATH|postgresql://…] [--log-level info]
        (without --db: $KDS_RELAY_DB, else the default SQLite file)
    kds relay add-tenant NAME [each platform's secret options] [--public-url https://relay.example.com]
                              [--db …]
    kds relay set-tenant NAME [the same options]    change secrets or the public URL
    kds relay rotate-token NAME [--db …]            issue a new token (the old one stops working)
    kds relay rotate-PATH-path NAME [--db …]        issue a new path secret for a route that has one
    kds relay list-tenants [--db …]

Each webhook route in `kds.relay.hooks.HOOKS` brings its own secret options (its `TenantOptions`;
see ``kds relay add-tenant --help``), and each platform with a secret gets its webhook URL printed.
A route behind a path secret gets one made with its secret; its URL is printed only then
(``P callback base URL: <public URL>/hooks/PATH/<tenant>/<path_secret>``) and after
``rotate-PATH-path``, which makes a new one (the old URL stops working).
A secret given as ``-`` is read from the first line of standard input, which keeps it out of the
shell history and the process list. Tokens are printed once and never stored in clear.

The database holds every tenant's webhook secrets (needed to verify signatures) and the webhook
payloads (customer data until they are purged): keep it private. The SQLite file is created
readable by its owner only; give a PostgreSQL role access to nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import sys
from collections.abc import Sequence

from kds.clock import SystemClock
from kds.relay.hooks import HOOKS, WebhookPlatform
from kds.relay.hooks.base import PATH_SECRET
from kds.relay.store import PlatformSecret, RelayStore, StoreError, Tenant, default_db_path, open_store
from kds.relay.tenants import check_public_url, create_tenant, rotate_token

ROTATE_PATH = {f"rotate-{hook.path}-path": hook for hook in HOOKS if hook.tenant_options.path_secret}
"""The commands that renew a route's path secret, one per route that has one (`rotate-{path}-path`)."""
ADMIN = ("add-tenant", "set-tenant", "rotate-token", *ROTATE_PATH, "list-tenants")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(f"kds relay: {text}\n")


DB_ENV = "KDS_RELAY_DB"
"""Where `--db` is read from when not given: a service keeps a DSN with a password out of the process list."""


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get(DB_ENV) or None,
                        help=f"SQLite file or postgresql:// DSN (default ${DB_ENV}, else {default_db_path()})")


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
            for setting in options.settings:
                parser.add_argument(setting.option, help=setting.help, default=None,
                                    choices=setting.choices or None)
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


def new_path_secret() -> str:
    """A fresh path secret: 24 random bytes (192 bits), URL-safe."""
    return secrets.token_urlsafe(24)


def _secrets(args: argparse.Namespace, tenant: Tenant | None) -> tuple[dict[str, PlatformSecret], set[str]]:
    """The platforms' secrets to store (merged with `tenant`'s), and the platforms given a new path secret.

    Raises:
        ValueError: an app id without its secret, or settings for a platform that has no secret yet.
    """
    found: dict[str, PlatformSecret] = {}
    new_paths: set[str] = set()
    for hook in HOOKS:
        options = hook.tenant_options
        secret = options.platform_secret(_secret(_value(args, options.secret)), _value(args, options.app_id))
        given = {s.key: value for s in options.settings if (value := _value(args, s.option)) is not None}
        old = tenant.secrets.get(hook.platform) if tenant is not None else None
        if secret is None and given:
            if old is None:
                raise ValueError(f"{', '.join(s.option for s in options.settings)} need {options.secret}")
            secret = old
        if secret is None:
            continue
        merged = {**(old.options if old is not None else {}), **given}
        if options.path_secret and not merged.get(PATH_SECRET):
            merged[PATH_SECRET] = new_path_secret()
            new_paths.add(hook.platform)
        found[hook.platform] = PlatformSecret(secret.secret, secret.app_id, merged)
    return found, new_paths


def _url_line(hook: WebhookPlatform, prefix: str, name: str, secret: PlatformSecret) -> str:
    """The line that names a tenant's URL for `hook` (with its path secret, for a route that has one)."""
    options = hook.tenant_options
    path = f"/hooks/{hook.path}/{name}"
    if options.path_secret:
        path += f"/{secret.options.get(PATH_SECRET, '')}"
    return f"{hook.platform} {options.url_label}: {prefix}{path}"


def _admin(command: str, args: argparse.Namespace, store: RelayStore) -> int:
    if command == "list-tenants":
        for tenant in store.tenants():
            platforms = ",".join(sorted(tenant.secrets)) or "-"
            _out(f"{tenant.name}\tplatforms={platforms}\tpublic_url={tenant.public_url or '-'}")
        return 0
    if command == "rotate-token":
        _out(f"new token for {args.name} (shown once): {rotate_token(store, args.name)}")
        return 0
    existing = store.tenant(args.name) if command != "add-tenant" else None
    if command in ROTATE_PATH:
        hook = ROTATE_PATH[command]
        old = existing.secrets.get(hook.platform) if existing is not None else None
        if existing is None or old is None:
            raise ValueError(f"no tenant {args.name!r} with a {hook.platform} secret")
        rotated = PlatformSecret(old.secret, old.app_id, {**old.options, PATH_SECRET: new_path_secret()})
        store.set_secret(args.name, hook.platform, rotated)
        _out(f"new path secret for {args.name} (the old URL stops working; shown once):")
        _out(_url_line(hook, existing.public_url or "<public base URL>", args.name, rotated))
        return 0
    if command == "set-tenant" and existing is None:
        raise ValueError(f"no tenant {args.name!r}")
    platform_secrets, new_paths = _secrets(args, existing)
    if command == "add-tenant":
        token = create_tenant(store, args.name, now=SystemClock().now(), public_url=args.public_url,
                              secrets_by_platform=platform_secrets)
        _out(f"tenant {args.name} created")
        _out(f"token (shown once; give it to the counter app): {token}")
    else:
        if args.public_url is not None:
            store.set_public_url(args.name, check_public_url(args.public_url or None))
        for platform, given in platform_secrets.items():
            store.set_secret(args.name, platform, given)
        _out(f"tenant {args.name} updated")
    base = (store.tenant(args.name) or None)
    prefix = base.public_url if base and base.public_url else "<public base URL>"
    for hook in HOOKS:
        secret = base.secrets.get(hook.platform) if base else None
        # A path secret is shown once, when it is made; `rotate-<path>-path` makes a new one.
        if secret is not None and (not hook.tenant_options.path_secret or hook.platform in new_paths):
            _out(_url_line(hook, prefix, args.name, secret))
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
