"""Keeta Open Delivery as the registry sees it: polled directly, four settings, one adapter factory."""

from __future__ import annotations

from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.keeta_od.policy import POLICY
from kds.platforms.spec import (
    QT_TRANSLATE_NOOP,
    AdapterInputs,
    Field,
    PlatformSpec,
    SampleDish,
    SampleMenu,
    StoreAbilities,
)

DEFAULT_BASE_URL = "https://open.mykeeta.com/api/open/opendelivery"
"""Keeta's production address of the Open Delivery API."""


def build_adapter(inputs: AdapterInputs) -> PlatformAdapter:
    """The Open Delivery adapter for `inputs` (see `kds.platforms.keeta_od.adapter.create_adapter`).

    Raises:
        ValueError: more merchants than can be polled together.
    """
    from kds.platforms.keeta_od.adapter import create_adapter

    return create_adapter(inputs.text("base_url"), inputs.text("client_id"), inputs.text("client_secret"),
                          list(inputs.items("merchant_ids")), inputs.clock, policy=inputs.policy)


SAMPLE = SampleMenu(
    currency="BRL",
    dishes=(SampleDish("X-Burger da casa", "32.90", ("Bacon extra", "Sem cebola")),
            SampleDish("Coxinha de frango", "8.50"), SampleDish("Açaí 500 ml", "24.00", ("Granola", "Banana")),
            SampleDish("Guaraná Antarctica lata", "6.00"), SampleDish("Feijoada completa", "45.00", ("Farofa",)),
            SampleDish("Pão de queijo (6 un.)", "14.00")),
    delivery_fee="5.99",
    rider="Rafael",
)
"""A Brazilian menu for the showcase board (`kds.ui.showcase`)."""

SPEC = PlatformSpec(
    platform=Platform.KEETA_OD,
    display_name=QT_TRANSLATE_NOOP("Platforms", "Keeta — Open Delivery"),
    policy=POLICY,
    arrival="direct",
    fields=(
        # The environment variables predate the registry's `KDS_<PLATFORM>_<FIELD>` names and stay.
        Field("base_url", "address", env="KDS_KEETA_BASE_URL", default=DEFAULT_BASE_URL, option="--base-url"),
        Field("merchant_ids", "list", env="KDS_KEETA_MERCHANTS", option="--merchant"),
        # The client id and secret may stay exported: alone they do not switch the platform on.
        Field("client_id", "credential", env="KDS_KEETA_CLIENT_ID", secret=False, names_platform=False),
        Field("client_secret", "credential", env="KDS_KEETA_CLIENT_SECRET", names_platform=False),
    ),
    build=build_adapter,
    short_name="Keeta Open Delivery",
    env_order=("base_url", "client_id", "client_secret", "merchant_ids"),  # the headless messages' order
    api_name=QT_TRANSLATE_NOOP("Platforms", "Open Delivery"),
    setup_hint=QT_TRANSLATE_NOOP("Platforms", "KDS asks Keeta for new orders every 30 seconds. The IDs and "
                                              "secret are in Keeta's developer portal."),
    sample=SAMPLE,
    store=StoreAbilities(
        pause=True,
        closes_after=("TIMEOUT",),  # Keeta closes the store for a while after an order times out
        # No store status comes back: `merchantUpdate` only sets it, and no polled event carries it
        # (reference 2.8, 2.10). The watchdog reads KDS's own record and the TIMEOUT cancellations.
        pause_note=QT_TRANSLATE_NOOP("Platforms", "Closes the store on Keeta for every merchant ID of this "
                                                  "station, and opens it again."),
        sold_out_note=QT_TRANSLATE_NOOP("Platforms", "Open Delivery only takes whole-menu updates: switch "
                                                     "single dishes off on the Keeta tablet."),
    ),
)
"""Keeta Open Delivery's entry in `kds.platforms.registry`."""
