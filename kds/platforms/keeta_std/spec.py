"""Keeta's Standard API as the registry sees it: events through the relay, a renewable merchant token."""

from __future__ import annotations

from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.keeta_std.policy import POLICY
from kds.platforms.spec import (
    QT_TRANSLATE_NOOP,
    AdapterInputs,
    Field,
    PlatformSpec,
    RenewableToken,
    SampleDish,
    SampleMenu,
    StoreAbilities,
    TokenNames,
)

DEFAULT_API_URL = "https://open.mykeeta.com/api/open"
"""Keeta's production address of the Standard API."""


def load_token(access_token: str, refresh_token: str, expires_at: str) -> RenewableToken:
    """The merchant token kept as these keyring entries (`kds.platforms.keeta_std.tokens.stored_token`)."""
    from kds.platforms.keeta_std.tokens import stored_token

    return stored_token(access_token, refresh_token, expires_at)


TOKENS = TokenNames("access_token", "refresh_token", "token_expires_at", load_token)
"""The keyring names of the merchant token (`kds.station.keyring_tokens` reads and writes them)."""


def build_adapter(inputs: AdapterInputs) -> PlatformAdapter:
    """The Keeta Standard adapter for `inputs` (see `kds.platforms.keeta_std.adapter.create_adapter`).

    Raises:
        ValueError: a value Keeta would refuse (an app id that is not a number).
    """
    from kds.platforms.keeta_std.adapter import create_adapter
    from kds.platforms.keeta_std.tokens import stored_token
    from kds.platforms.relay import DEFAULT_WAIT

    token = stored_token(inputs.text(TOKENS.access), inputs.text(TOKENS.refresh), inputs.text(TOKENS.expires))
    return create_adapter(inputs.text("relay_url"), inputs.text("tenant_token"), inputs.text("base_url"),
                          inputs.text("app_id"), inputs.text("app_secret"), token, inputs.clock,
                          policy=inputs.policy, on_token_refresh=inputs.on_token_refresh,
                          wait=DEFAULT_WAIT if inputs.relay_wait is None else inputs.relay_wait)


SAMPLE = SampleMenu(
    currency="HKD",
    dishes=(SampleDish("叉燒飯 BBQ pork rice", "58", ("Extra egg 加蛋",)),
            SampleDish("凍檸茶 Iced lemon tea", "22", ("Less ice 少冰",)),
            SampleDish("雲吞麵 Wonton noodles", "48"), SampleDish("菠蘿包 Pineapple bun", "15", ("Butter 油",))),
    delivery_fee="12",
    rider="Agus",
)
"""A Hong Kong menu for the showcase board (`kds.ui.showcase`)."""

SPEC = PlatformSpec(
    platform=Platform.KEETA_STD,
    display_name=QT_TRANSLATE_NOOP("Platforms", "Keeta — Standard API"),
    policy=POLICY,
    arrival="relay",
    fields=(
        Field("relay_url", "address", env="KDS_KEETA_STD_RELAY_URL"),
        # `base_url` is Keeta's API address; its variable has always been called API_URL.
        Field("base_url", "address", env="KDS_KEETA_STD_API_URL", default=DEFAULT_API_URL, caption="api_address"),
        Field("tenant_token", "credential", env="KDS_KEETA_STD_TENANT_TOKEN"),
        Field("app_id", "credential", env="KDS_KEETA_STD_APP_ID", secret=False, digits=True),
        Field("app_secret", "credential", env="KDS_KEETA_STD_APP_SECRET"),
        Field("access_token", "credential", env="KDS_KEETA_STD_ACCESS_TOKEN"),
        Field("refresh_token", "credential", required=False),
        Field("token_expires_at", "credential", secret=False, required=False, typed=False),
    ),
    build=build_adapter,
    tokens=TOKENS,
    short_name="Keeta Standard",
    env_order=("relay_url", "tenant_token", "base_url", "app_id", "app_secret", "access_token"),  # as ever
    api_name=QT_TRANSLATE_NOOP("Platforms", "Standard"),
    setup_hint=QT_TRANSLATE_NOOP("Platforms", "Keeta sends orders to your relay (kds relay); KDS collects them "
                                              "there within a second."),
    sample=SAMPLE,
    # The reference does not confirm the shape of Keeta's store-status and item-status calls: not invented.
    store=StoreAbilities(
        # The reference confirms no store-status call (pause) nor item status call (sold out), and no
        # webhook (1001–1007) reports the store's status: both stay on the Keeta tablet.
        pause_note=QT_TRANSLATE_NOOP("Platforms", "Pause on the Keeta tablet: KDS cannot close this store yet."),
        sold_out_note=QT_TRANSLATE_NOOP("Platforms", "Switch dishes off on the Keeta tablet: KDS cannot do it "
                                                     "there yet."),
    ),
)
"""Keeta Standard's entry in `kds.platforms.registry`."""
