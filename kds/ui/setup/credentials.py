"""Platform credentials as the forms ask for them, and their way into (and out of) the OS keyring.

Secrets are written to the keyring only (`kds.station.credentials.SecretStore`) and never read back into a form:
a stored secret shows as "saved", and typing replaces it. Identifiers that are not secret (a client
id, an app id) are read back so the owner can check them. Keyring calls run in a worker thread
because a keyring may wait for an unlock prompt.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from kds.domain.order import Platform
from kds.platforms.registry import POLICIES, SPECS
from kds.platforms.spec import Field
from kds.station.credentials import STORE_PASSWORD, SecretStore, SecretStoreUnavailable, secret_key
from kds.station.secret_file import StationSecrets
from kds.ui.setup.form import StoredSecrets
from kds.ui.wording import platform_text, tr

log = logging.getLogger(__name__)

PLATFORMS = tuple(SPECS)
"""The platforms the setup screens offer (the registered ones, which KDS can connect to)."""

DEFAULT_URLS = {p: f.default for p, spec in SPECS.items() for f in spec.settings_fields if f.name == "base_url"}
"""The platforms' production addresses, filled in for a new station."""


@dataclass(frozen=True, slots=True)
class CredentialField:
    """One credential of a platform, kept in the keyring under `<platform>/<name>`.

    Attributes:
        platform: whose credential it is.
        name: the keyring name (`client_secret`); the runtime reads the same names.
        label: the field's caption (a function: it is translated when shown).
        secret: typed hidden and never shown again; False for identifiers.
        digits: only digits are valid (an app id).
        required: the platform cannot start without it (False: optional).
    """

    platform: Platform
    name: str
    label: Callable[[], str]
    secret: bool = True
    digits: bool = False
    required: bool = True

    @property
    def key(self) -> str:
        """The keyring key."""
        return secret_key(self.platform.value, self.name)


CAPTIONS: dict[str, Callable[[], str]] = {
    "base_url": lambda: tr("Address (base URL)"),
    "api_address": lambda: tr("API address"),
    "auth_address": lambda: tr("Sign-in (OAuth) address"),
    "outlet_id": lambda: tr("Outlet ID"),
    "acceptance_mode": lambda: tr("Acceptance mode"),
    "outlet_modes": lambda: tr("Acceptance mode per outlet (optional)"),
    "relay_url": lambda: tr("Relay address"),
    "merchant_ids": lambda: tr("Merchant IDs"),
    "client_id": lambda: tr("Client ID"),
    "client_secret": lambda: tr("Client secret"),
    "tenant_token": lambda: tr("Relay tenant token"),
    "app_id": lambda: tr("App ID"),
    "app_secret": lambda: tr("App secret"),
    "access_token": lambda: tr("Merchant access token"),
    "refresh_token": lambda: tr("Refresh token (optional)"),
    "region": lambda: tr("Region (optional, SGN when empty)"),
    "product_update_path": lambda: tr("Product update path (optional)"),
}
"""The captions of the settings fields by caption key (`Field.caption_key`; the field's own name when none)."""

HINTS: dict[str, Callable[[], str]] = {
    "merchant_ids": lambda: tr("Several stores: separate them with commas."),
    "relay_url": lambda: tr("Where your relay runs, e.g. https://relay.example.com"),
    "acceptance_mode": lambda: tr("Choose what is set at GoBiz: the clock on each new order follows it."),
    "outlet_modes": lambda: tr("Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; "
                               "separate them with commas."),
    "product_update_path": lambda: tr("Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: "
                                      "sold-out dishes are then switched off in its product list too."),
}
"""What the form says under a settings field, by caption key (nothing for the others)."""


def caption(spec: Field) -> str:
    """A field's caption in the screen's language (its name when no caption is known for it)."""
    text = CAPTIONS.get(spec.caption_key)
    return text() if text is not None else spec.name


def field_hint(spec: Field) -> str:
    """What the form says under a field ("" for nothing)."""
    text = HINTS.get(spec.caption_key)
    return text() if text is not None else ""


def _credential_field(platform: Platform, spec: Field) -> CredentialField:
    return CredentialField(platform, spec.name, lambda: caption(spec), secret=spec.secret, digits=spec.digits,
                           required=spec.required)


CREDENTIAL_FIELDS: dict[Platform, tuple[CredentialField, ...]] = {
    p: tuple(_credential_field(p, f) for f in spec.credentials if f.typed) for p, spec in SPECS.items()}
"""The credentials staff type, by platform, in form order (`kds.platforms.registry`)."""

TOKEN_EXPIRY: dict[Platform, str] = {p: spec.tokens.expires for p, spec in SPECS.items() if spec.tokens is not None}
"""Where the runtime keeps each platform's access-token expiry in the keyring (`kds.station.keyring_tokens`).

Not a secret, so the form reads it back and shows it. A typed access token makes it stale: the
form deletes it (with the refresh token, unless one is typed too: Keeta hands them out in pairs).
"""

TOKEN_FIELDS: dict[Platform, tuple[str, str]] = {
    p: (spec.tokens.access, spec.tokens.refresh) for p, spec in SPECS.items() if spec.tokens is not None}
"""The access token and the refresh token that comes with it, by credential name."""


def expiry_key(platform: Platform) -> str:
    """The keyring key of a platform's access-token expiry."""
    return secret_key(platform.value, TOKEN_EXPIRY[platform])


def token_expiry(platform: Platform, stored: StoredSecrets) -> datetime | None:
    """When the platform's stored access token expires, if the keyring says (None: unknown)."""
    if platform not in TOKEN_EXPIRY:
        return None
    text = stored.shown.get(expiry_key(platform), "")
    try:
        when = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return when if when is not None and when.tzinfo is not None else None


def platform_name(platform: Platform) -> str:
    """A platform as the setup screens name it: its spec's translated name, else its policy's label."""
    if platform in SPECS:
        return platform_text(SPECS[platform].display_name)
    # Without a spec KDS cannot connect to it, but old settings may still name it.
    return POLICIES[platform].label if platform in POLICIES else platform.value


def field_label(platform: Platform, name: str) -> str:
    """The caption of a platform's field by its name (for problem messages; the name when unknown)."""
    fields = SPECS[platform].fields if platform in SPECS else ()
    return caption(next((f for f in fields if f.name == name), Field(name, "text")))


def read_stored(store: SecretStore, platforms: Iterable[Platform] = PLATFORMS) -> StoredSecrets:
    """Which credentials of `platforms` the keyring holds (blocking; see `aread_stored`)."""
    present: set[str] = set()
    shown: dict[str, str] = {}
    keyring_problem = store.keyring_problem() if isinstance(store, StationSecrets) else None
    try:
        store.check()
        for platform in platforms:
            for spec in CREDENTIAL_FIELDS.get(platform, ()):
                value = store.get(spec.key)
                if value:
                    present.add(spec.key)
                    if not spec.secret:
                        shown[spec.key] = value
            if platform in TOKEN_EXPIRY:
                key = expiry_key(platform)
                value = store.get(key)
                if value:
                    present.add(key)
                    shown[key] = value
        if store.get(STORE_PASSWORD):  # the restaurant's shared store (Settings, This computer)
            present.add(STORE_PASSWORD)
    except SecretStoreUnavailable as exc:
        return StoredSecrets(unavailable=str(exc), keyring_problem=keyring_problem or str(exc))
    return StoredSecrets(frozenset(present), shown, keyring_problem=keyring_problem)


async def aread_stored(store: SecretStore, platforms: Iterable[Platform] = PLATFORMS) -> StoredSecrets:
    """`read_stored` in a worker thread."""
    return await asyncio.to_thread(read_stored, store, tuple(platforms))


def write_secrets(store: SecretStore, changes: Mapping[str, str | None]) -> None:
    """Store (or, for None, delete) each changed secret in the keyring (blocking).

    Raises:
        SecretStoreUnavailable: the keyring cannot be used (nothing is written anywhere else).
    """
    for key, value in sorted(changes.items()):
        if value:
            store.set(key, value)
        else:
            store.delete(key)


async def awrite_secrets(store: SecretStore, changes: Mapping[str, str | None]) -> None:
    """`write_secrets` in a worker thread."""
    values = dict(changes)

    def write() -> None:
        write_secrets(store, values)

    # A closure, not to_thread(write_secrets, store, values): qasync logs a worker's arguments at debug level.
    await asyncio.to_thread(write)
