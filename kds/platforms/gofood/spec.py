"""GoFood as the registry sees it: notifications through the relay, actions through the GoBiz API."""

from __future__ import annotations

from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.gofood.policy import POLICY, AcceptanceMode
from kds.platforms.spec import (
    QT_TRANSLATE_NOOP,
    AdapterInputs,
    Choice,
    Field,
    PlatformSpec,
    SampleDish,
    SampleMenu,
    StoreAbilities,
)

PRODUCTION_API_URL = "https://api.gobiz.co.id"
"""GoBiz's production API [C]."""
SANDBOX_API_URL = "https://api.partner-sandbox.gobiz.co.id"
"""GoBiz's sandbox API [C]."""
AUTH_URL = "https://integration-goauth.gojekapi.com"
"""GoBiz's OAuth server [C] (the documented one; GoBiz says so when an app's production credentials use another)."""


def build_adapter(inputs: AdapterInputs) -> PlatformAdapter:
    """The GoFood adapter for `inputs` (see `kds.platforms.gofood.adapter.create_adapter`).

    Raises:
        ValueError: an acceptance mode GoFood does not have (also in `outlet_modes`), or no outlet.
    """
    from kds.platforms.gofood.adapter import create_adapter
    from kds.platforms.gofood.policy import acceptance_mode, outlet_modes
    from kds.platforms.relay import DEFAULT_WAIT

    outlets = inputs.items("merchant_ids")
    return create_adapter(inputs.text("relay_url"), inputs.text("tenant_token"),
                          inputs.text("base_url") or PRODUCTION_API_URL, inputs.text("auth_url") or AUTH_URL,
                          inputs.text("client_id"), inputs.text("client_secret"), outlets[0] if outlets else "",
                          inputs.clock, inputs.policy, mode=acceptance_mode(inputs.text("acceptance_mode")),
                          wait=DEFAULT_WAIT if inputs.relay_wait is None else inputs.relay_wait,
                          outlet_modes=outlet_modes(inputs.text("outlet_modes")))


SAMPLE = SampleMenu(
    currency="IDR",
    dishes=(SampleDish("Nasi goreng spesial", "32000", ("Pedas",)), SampleDish("Es teh manis", "8000", ("Less sugar",)),
            SampleDish("Sate ayam (10 tusuk)", "35000", ("Lontong",)), SampleDish("Mie ayam bakso", "27000")),
    delivery_fee="9000",
    rider="Budi",
)
"""A Jakarta menu for the showcase board (`kds.ui.showcase`)."""

SPEC = PlatformSpec(
    platform=Platform.GOFOOD,
    display_name=QT_TRANSLATE_NOOP("Platforms", "GoFood"),
    policy=POLICY,
    arrival="relay",
    # Settings fields are required (the form fills in the defaults); a headless station names every one.
    fields=(
        Field("relay_url", "address", env="KDS_GOFOOD_RELAY_URL"),
        Field("base_url", "address", env="KDS_GOFOOD_API_URL", default=PRODUCTION_API_URL, caption="api_address"),
        Field("auth_url", "address", env="KDS_GOFOOD_AUTH_URL", default=AUTH_URL, caption="auth_address",
              names_platform=False),
        Field("merchant_ids", "list", env="KDS_GOFOOD_OUTLET_ID", caption="outlet_id"),
        Field("acceptance_mode", "choice", env="KDS_GOFOOD_MODE", default=AcceptanceMode.MANUAL.value,
              names_platform=False, choices=(
                  Choice(AcceptanceMode.MANUAL.value, QT_TRANSLATE_NOOP(
                      "Platforms", "Manual: staff accept within 3 minutes, or GoFood rejects")),
                  Choice(AcceptanceMode.AUTO_ON_TIMEOUT.value, QT_TRANSLATE_NOOP(
                      "Platforms", "Auto-accept on timeout: accepted after 1 minute if nobody acts")),
                  Choice(AcceptanceMode.AUTO.value, QT_TRANSLATE_NOOP(
                      "Platforms", "Auto-accept: every order accepted at once")))),
        Field("tenant_token", "credential", env="KDS_GOFOOD_RELAY_TOKEN"),
        Field("client_id", "credential", env="KDS_GOFOOD_CLIENT_ID", secret=False),
        Field("client_secret", "credential", env="KDS_GOFOOD_CLIENT_SECRET"),
        # Outlets behind the tenant whose mode is not `acceptance_mode`: `G123456789=auto_accept_on_timeout`.
        Field("outlet_modes", "credential", env="KDS_GOFOOD_OUTLET_MODES", secret=False, required=False,
              names_platform=False),
    ),
    build=build_adapter,
    short_name="GoFood",
    env_order=("relay_url", "tenant_token", "base_url", "auth_url", "merchant_ids", "client_id", "client_secret",
               "acceptance_mode", "outlet_modes"),
    api_name=QT_TRANSLATE_NOOP("Platforms", "GoBiz"),
    setup_hint=QT_TRANSLATE_NOOP("Platforms", "GoFood sends orders to your relay (kds relay); KDS collects them "
                                              "there within a second. Choose the acceptance mode that is set at "
                                              "GoBiz."),
    sample=SAMPLE,
    store=StoreAbilities(
        # No outlet status comes back: `force_close` is only set (PATCH properties), and none of the
        # webhook events (reference 4) reports it. The watchdog reads KDS's own record.
        pause=True,
        pause_note=QT_TRANSLATE_NOOP("Platforms", "Closes the outlet on GoFood (force close) and opens it again."),
        sold_out_note=QT_TRANSLATE_NOOP("Platforms", "Switch single dishes off in the GoBiz app: KDS cannot "
                                                     "do it there yet."),
    ),
)
"""GoFood's entry in `kds.platforms.registry`."""
