"""Zeek's spec: a headless station runs it from the KDS_ZEEK_* variables the issue names."""

from __future__ import annotations

import pytest

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.registry import POLICIES, spec_for
from kds.platforms.spec import AdapterInputs
from kds.platforms.zeek.adapter import ZeekAdapter

ENV = {"KDS_ZEEK_API_URL": "https://zeek.example/", "KDS_ZEEK_CLIENT_ID": "ck-1", "KDS_ZEEK_CLIENT_SECRET": "s",
       "KDS_ZEEK_RELAY_URL": "https://relay.example", "KDS_ZEEK_RELAY_TOKEN": "kdsr_t", "KDS_ZEEK_REGION": "HAN"}


async def test_the_variables_build_the_adapter() -> None:
    spec = spec_for(Platform.ZEEK)
    given = spec.headless_values(ENV, {})
    assert given is not None and given.missing == ()
    adapter = spec.build(AdapterInputs(given.values, FakeClock(), POLICIES[Platform.ZEEK], language="en"))
    try:
        assert isinstance(adapter, ZeekAdapter)
        assert adapter.client.base_url == "https://zeek.example" and adapter.client.client_id == "ck-1"
        assert adapter.client.region == "HAN" and adapter.client.lang == "en" and adapter.language == "en"
    finally:
        await adapter.aclose()


@pytest.mark.parametrize("left_out", ["KDS_ZEEK_API_URL", "KDS_ZEEK_CLIENT_SECRET", "KDS_ZEEK_RELAY_TOKEN"])
def test_a_missing_variable_is_named(left_out: str) -> None:
    given = spec_for(Platform.ZEEK).headless_values({k: v for k, v in ENV.items() if k != left_out}, {})
    assert given is not None and given.missing == (left_out,)


async def test_the_region_is_sgn_and_the_language_vietnamese_unless_given() -> None:
    spec = spec_for(Platform.ZEEK)
    given = spec.headless_values({k: v for k, v in ENV.items() if k != "KDS_ZEEK_REGION"}, {})
    assert given is not None
    adapter = spec.build(AdapterInputs(given.values, FakeClock(), POLICIES[Platform.ZEEK]))
    try:
        assert isinstance(adapter, ZeekAdapter)
        assert adapter.client.region == "SGN" and adapter.client.lang == "vi"
    finally:
        await adapter.aclose()


async def test_the_product_update_path_reaches_the_adapter_and_alone_switches_nothing_on() -> None:
    spec = spec_for(Platform.ZEEK)
    assert spec.headless_values({"KDS_ZEEK_PRODUCT_UPDATE_PATH": "/api/v1.0/product/update"}, {}) is None
    values = spec.headless_values({**ENV, "KDS_ZEEK_PRODUCT_UPDATE_PATH": "/api/v1.0/product/update"}, {})
    assert values is not None and not values.missing
    adapter = spec.build(AdapterInputs(values.values, FakeClock(), POLICIES[Platform.ZEEK]))
    assert isinstance(adapter, ZeekAdapter) and adapter.product_update_path == "/api/v1.0/product/update"
    await adapter.aclose()
