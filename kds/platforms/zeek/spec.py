"""Zeek (Circle K, CKGo) as the registry sees it: orders through the relay, Collect to Zeek's API."""

from __future__ import annotations

from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.spec import (
    QT_TRANSLATE_NOOP,
    AdapterInputs,
    Field,
    PlatformSpec,
    SampleDish,
    SampleMenu,
    StoreAbilities,
)
from kds.platforms.zeek.policy import DEFAULT_REGION, POLICY


def build_adapter(inputs: AdapterInputs) -> PlatformAdapter:
    """The Zeek adapter for `inputs` (see `kds.platforms.zeek.adapter.create_adapter`)."""
    from kds.platforms.relay import DEFAULT_WAIT
    from kds.platforms.zeek.adapter import create_adapter

    return create_adapter(inputs.text("relay_url"), inputs.text("tenant_token"), inputs.text("base_url"),
                          inputs.text("client_id"), inputs.text("client_secret"), inputs.clock, inputs.policy,
                          region=inputs.text("region") or DEFAULT_REGION, language=inputs.language or "vi",
                          wait=DEFAULT_WAIT if inputs.relay_wait is None else inputs.relay_wait,
                          product_update_path=inputs.text("product_update_path"))


SAMPLE = SampleMenu(
    currency="VND",
    dishes=(SampleDish("Combo Cơm gà sốt cay", "69000", ("Thêm trứng ốp la",)),
            SampleDish("Trà đào", "18000", ("Ít đá",)), SampleDish("Bánh mì xúc xích", "25000"),
            SampleDish("Xôi gà", "30000")),
    delivery_fee="15000",
    rider="Minh",
)
"""A Circle K Vietnam menu for the showcase board (`kds.ui.showcase`)."""

SPEC = PlatformSpec(
    platform=Platform.ZEEK,
    display_name=QT_TRANSLATE_NOOP("Platforms", "Zeek — Circle K (CKGo)"),
    policy=POLICY,
    arrival="relay",
    fields=(
        Field("relay_url", "address", env="KDS_ZEEK_RELAY_URL"),
        Field("base_url", "address", env="KDS_ZEEK_API_URL", caption="api_address"),
        Field("tenant_token", "credential", env="KDS_ZEEK_RELAY_TOKEN"),
        Field("client_id", "credential", env="KDS_ZEEK_CLIENT_ID", secret=False),
        Field("client_secret", "credential", env="KDS_ZEEK_CLIENT_SECRET"),
        # KS-Region: SGN when not given.
        Field("region", "credential", env="KDS_ZEEK_REGION", secret=False, required=False),
        # Where Zeek takes BatchUpdateProduct (launch.status 0 / 1) for sold-out dishes; empty: not used.
        Field("product_update_path", "credential", env="KDS_ZEEK_PRODUCT_UPDATE_PATH", secret=False,
              required=False, names_platform=False),
    ),
    build=build_adapter,
    short_name="Zeek",
    api_name=QT_TRANSLATE_NOOP("Platforms", "CKGo"),
    setup_hint=QT_TRANSLATE_NOOP("Platforms", "Zeek sends Circle K orders to your relay (kds relay); KDS "
                                              "collects them there within a second."),
    sample=SAMPLE,
    store=StoreAbilities(
        # The store is "paused" only in the relay's inventory answers; Zeek reports no store status.
        pause=True,
        sold_out=True,
        pause_note=QT_TRANSLATE_NOOP("Platforms", "The relay answers every CKGo stock check \"out of stock\" "
                                                  "while paused."),
        sold_out_note=QT_TRANSLATE_NOOP("Platforms", "The relay answers CKGo's stock check for the dish \"out of "
                                                     "stock\"; with the product update path set, CKGo's product "
                                                     "list is switched too (BatchUpdateProduct)."),
    ),
)
"""Zeek's entry in `kds.platforms.registry`."""
