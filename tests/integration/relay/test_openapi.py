"""The relay's OpenAPI document, exercised with schemathesis against the live server.

Every operation gets generated requests (valid and invalid); each response must be no server
error, have a documented status, content type, headers and body schema, and auth must be
enforced. Two checks are left out on purpose: positive-data acceptance, because generated webhooks
cannot carry a valid signature, so the relay rightly refuses them; and negative-data rejection,
because unknown query parameters are ignored rather than refused (an Open Delivery client may send
`eventType` filters the relay does not implement).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (test extra)")
from schemathesis.checks import negative_data_rejection, positive_data_acceptance  # noqa: E402

from kds.relay.app import RelaySettings, create_app  # noqa: E402
from kds.relay.server import RelayServer  # noqa: E402
from tests.integration.relay.conftest import add_tenants  # noqa: E402


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    db = str(Path(tmp_path_factory.mktemp("relay")) / "relay.db")
    token = add_tenants(db)["a"]
    # A short cap on long-polls, so generated `wait` values cannot stall the run.
    with RelayServer(db, settings=RelaySettings(max_wait=0.05, purge_interval=None)) as server:
        yield server.base_url, token


# The document does not depend on the store, so it is built here without one. (Loading it from the
# live server through `schemathesis.pytest.from_fixture` fails on pytest 9, which dropped the
# `Function._nodeid` it rewrites; see pytest-dev/pytest-benchmark#321 for the same break.)
DOCUMENT = create_app(None).openapi()  # type: ignore[arg-type]
schema = schemathesis.openapi.from_dict(DOCUMENT)


def test_the_server_serves_the_document_under_test(live: tuple[str, str]) -> None:
    base_url, _ = live
    assert httpx.get(f"{base_url}/openapi.json").json() == DOCUMENT


@schema.parametrize()  # type: ignore[untyped-decorator]
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(case: Any,  # a schemathesis.Case
                                     live: tuple[str, str]) -> None:
    base_url, token = live
    case.call_and_validate(base_url=base_url, headers={"Authorization": f"Bearer {token}"},
                           excluded_checks=[positive_data_acceptance, negative_data_rejection])
