"""What KDS knows about one platform, in one place: the seam every platform package plugs into.

Each platform package defines one `PlatformSpec` (in its `spec` module) and `kds.platforms.registry`
lists them. The spec says how the platform is named and coloured, what it allows (its policy),
how its events arrive (polled directly, or collected from the relay), which settings it needs
(addresses and merchant ids in the settings file, credentials in the OS keyring, and the
environment variables a headless engine reads instead) and how its adapter is built from those.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from kds.clock import Clock
from kds.domain.actions import PlatformPolicy
from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter

TRANSLATION_CONTEXT = "Platforms"
"""The catalogue context of the texts a spec gives the screens (`QT_TRANSLATE_NOOP` below)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name the catalogue tools look for
    """Mark `text` for the translation catalogues under `context`; returns it unchanged.

    A spec stays free of Qt: the setup screens translate the text when they show it, and
    `pyside6-lupdate` finds the literal by this call's name (`kds.ui.i18n.ui_sources` reads the specs).
    """
    del context  # only the catalogue tools read it
    return text


FieldKind = Literal["address", "choice", "credential", "list", "text"]
"""`address`: a URL in the settings file; `list`: several values there (merchant ids); `choice`: one of
the field's `choices` there; `credential`: an entry of the OS keyring; `text`: any other value of the
settings file."""

Arrival = Literal["direct", "relay"]
"""`direct`: KDS polls the platform itself; `relay`: the platform pushes to the relay, KDS collects there."""


@dataclass(frozen=True, slots=True)
class Choice:
    """One value a `choice` field may take, and its caption on the setup screens.

    Attributes:
        value: what the settings file keeps (and the field's environment variable says).
        caption: what staff tap, in English (mark it with `QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, ...)`:
            the screens translate it).
    """

    value: str
    caption: str


@dataclass(frozen=True, slots=True)
class Field:
    """One setting of a platform.

    Attributes:
        name: the `PlatformSettings` attribute (address, list, text) or the keyring name below the
            platform (credential: `<platform>/<name>`).
        kind: where it lives (`FieldKind`).
        env: the environment variable a headless engine reads it from ("" when it has none).
        default: the value a new station starts with ("" for none).
        secret: a credential typed hidden and never shown again (False: an identifier, read back).
        digits: only digits are valid (an app id).
        required: the platform cannot start without it.
        typed: staff type it in the setup form (False: the runtime keeps it, like a token's expiry).
        option: the command-line option that overrides `env` ("" when none), like `--base-url`.
        names_platform: a headless run switches the platform on when this field alone is given
            (False: it is read only once another field names the platform, like a client id that
            stays exported).
        caption: which caption the setup screens give it ("" for the one of its `name`): captions
            and their hints are worded and translated by the screens, by this key, so two platforms
            whose `base_url` means different things can be told apart (`"api_address"`).
        choices: the values a `choice` field may take, in the order the screens offer them.
    """

    name: str
    kind: FieldKind
    env: str = ""
    default: str = ""
    secret: bool = True
    digits: bool = False
    required: bool = True
    typed: bool = True
    option: str = ""
    names_platform: bool = True
    caption: str = ""
    choices: tuple[Choice, ...] = ()

    @property
    def caption_key(self) -> str:
        """The key the setup screens caption it by (`caption`, else its name)."""
        return self.caption or self.name

    @property
    def source(self) -> str:
        """How a headless run is given this field, as its messages name it (the option, else the variable)."""
        return self.option or self.env


class RenewableToken(Protocol):
    """A renewable merchant token as the keyring keeps it: what `kds.station.keyring_tokens` writes."""

    @property
    def access_token(self) -> str:
        """The token every call carries."""
        ...

    @property
    def refresh_token(self) -> str:
        """The token that renews it ("" when it cannot be renewed)."""
        ...

    @property
    def expires_at(self) -> datetime | None:
        """When the access token runs out (None: not known)."""
        ...


TokenLoader = Callable[[str, str, str], RenewableToken]
"""The platform's token from the text of its three keyring entries (access, refresh, expiry)."""


@dataclass(frozen=True, slots=True)
class TokenNames:
    """The keyring names of a renewable merchant token: the access token, its refresh token, its expiry.

    Attributes:
        access: the access token's name.
        refresh: the refresh token's name.
        expires: the expiry's name (ISO 8601 text).
        load: builds the platform's token from the three entries' text.
    """

    access: str
    refresh: str
    expires: str
    load: TokenLoader


@dataclass(frozen=True, slots=True)
class SampleDish:
    """A dish of a platform's sample menu: its name, its price (a decimal text) and options to choose."""

    name: str
    price: str
    options: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SampleMenu:
    """What the showcase board (README screenshots, benchmarks) sells on a platform, in its market.

    Attributes:
        currency: the ISO 4217 code its orders are in.
        dishes: what the tickets list, in turn.
        delivery_fee: a delivery fee there (a decimal text).
        rider: the first name of the rider who comes for its orders.
    """

    currency: str
    dishes: tuple[SampleDish, ...]
    delivery_fee: str
    rider: str


@dataclass(frozen=True, slots=True)
class AdapterInputs:
    """What an adapter factory builds from: the platform's values, the clock and its (scaled) policy.

    Attributes:
        values: every field's value by name (addresses and credentials as text, lists as tuples);
            a missing optional field is absent. Never in a log line.
        clock: the injected clock.
        policy: the platform's policy (scaled for time-scaled runs).
        on_token_refresh: stores a renewed merchant token (platforms with `PlatformSpec.tokens`).
        relay_wait: how long a relay-fed adapter holds a poll open, in seconds (None: its default;
            the demo waits less, so that it stops quickly).
        language: the station's language (`Language` value, "" when not known): what a platform
            that sends names in several languages shows, and asks its API to answer in.
    """

    values: Mapping[str, str | tuple[str, ...]] = field(repr=False)
    clock: Clock
    policy: PlatformPolicy
    on_token_refresh: Callable[[Any], Awaitable[None]] | None = None
    relay_wait: float | None = None
    language: str = ""

    def text(self, name: str) -> str:
        """The value of field `name` as text ("" when absent)."""
        value = self.values.get(name, "")
        return value if isinstance(value, str) else ",".join(value)

    def items(self, name: str) -> tuple[str, ...]:
        """The value of list field `name` (text is split at commas)."""
        value = self.values.get(name, ())
        return tuple(v for v in value.split(",") if v) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True, slots=True)
class StoreAbilities:
    """What the Store sheet can do on a platform, and what it says there (English, marked for translation).

    Attributes:
        pause: KDS can pause new orders there (the adapter's `set_store_open`).
        sold_out: KDS can switch a dish off there (the adapter's `set_items_available`).
        pause_note: what pausing does there, or where staff pause instead.
        sold_out_note: what sold out does there, or why it cannot.
        closes_after: cancel codes of the platform's own cancellations after which it closes the
            store by itself (Keeta: an order not confirmed in time); KDS then rings and offers to reopen.
    """

    pause: bool = False
    sold_out: bool = False
    pause_note: str = ""
    sold_out_note: str = ""
    closes_after: tuple[str, ...] = ()


AdapterFactory = Callable[[AdapterInputs], PlatformAdapter]
"""Builds a platform's adapter. Raises ValueError when the values are not valid for the platform."""


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    """Everything KDS needs to know about one platform outside its package.

    Attributes:
        platform: which platform.
        display_name: its name on the setup screens, in English (the UI translates it: mark it with
            `QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, ...)`, like `api_name` and `setup_hint`).
        policy: what staff may do and the platform's deadlines (its package's `policy.POLICY`).
        arrival: how its events arrive (`Arrival`).
        fields: its settings, addresses first, in form order.
        build: its adapter factory.
        tokens: the keyring names of its renewable merchant token, if it has one.
        short_name: its name in the headless engine's messages ("" for `display_name`).
        env_order: field names in the order the headless engine lists missing ones (empty: `fields`
            order; the other fields follow).
        api_name: which of its company's APIs it is ("Open Delivery"), telling apart two platforms
            of one company on the status bar ("" for none: the platform's code is shown).
        setup_hint: what staff should know to connect it, shown under its switch ("" for nothing).
        sample: what the showcase board sells on it (None: the showcase leaves it out).
        store: what pausing and sold out do there.
    """

    platform: Platform
    display_name: str
    policy: PlatformPolicy
    arrival: Arrival
    fields: tuple[Field, ...]
    build: AdapterFactory
    tokens: TokenNames | None = None
    short_name: str = ""
    env_order: tuple[str, ...] = ()
    api_name: str = ""
    setup_hint: str = ""
    sample: SampleMenu | None = None
    store: StoreAbilities = StoreAbilities()

    @property
    def color(self) -> str:
        """Its colour on the board (the policy's)."""
        return self.policy.color

    @property
    def settings_fields(self) -> tuple[Field, ...]:
        """The fields kept in the settings file (addresses, lists, texts), in form order."""
        return tuple(f for f in self.fields if f.kind != "credential")

    @property
    def credentials(self) -> tuple[Field, ...]:
        """The fields kept in the OS keyring, in form order."""
        return tuple(f for f in self.fields if f.kind == "credential")

    def field(self, name: str) -> Field:
        """The field called `name`.

        Raises:
            KeyError: the platform has no such field.
        """
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.platform.value} has no field {name!r}")

    @property
    def headless_fields(self) -> tuple[Field, ...]:
        """The fields a headless run reads (from a variable or an option), in the order it names them."""
        fields = [f for f in self.fields if f.env or f.option]
        rank = {name: i for i, name in enumerate(self.env_order)}
        return tuple(sorted(fields, key=lambda f: rank.get(f.name, len(rank))))

    def headless_values(self, env: Mapping[str, str],
                        options: Mapping[str, str | Sequence[str] | None]) -> HeadlessValues | None:
        """The values a headless run gives this platform, or None when nothing names it.

        Args:
            env: the environment variables.
            options: what the command line gave, by option (`--base-url`); an option given wins over
                its field's variable.
        """
        values: dict[str, str | tuple[str, ...]] = {}
        for f in self.headless_fields:
            given = options.get(f.option) if f.option else None
            value: str | tuple[str, ...]
            if given:
                value = given if isinstance(given, str) else tuple(given)
            else:
                value = env.get(f.env, "") if f.env else ""
                if f.kind == "list":
                    value = tuple(v for v in value.split(",") if v)
            if value:
                values[f.name] = value
        if not any(f.name in values for f in self.headless_fields if f.names_platform):
            return None
        missing = tuple(f.source for f in self.headless_fields if f.required and f.name not in values)
        return HeadlessValues(values, missing)


@dataclass(frozen=True, slots=True)
class HeadlessValues:
    """What a headless run found for one platform (`PlatformSpec.headless_values`).

    Attributes:
        values: every field given, by name (lists as tuples). Never in a log line.
        missing: the options and variables of the required fields not given, as the messages name them.
    """

    values: Mapping[str, str | tuple[str, ...]] = field(repr=False)
    missing: tuple[str, ...]
