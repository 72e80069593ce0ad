"""Token, bearer and `X-App-Signature` checks of the simulator, and the `Date` header."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from email.utils import parsedate_to_datetime

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.keeta_od.signature import canonical_json, sign
from kds.simulator.keeta_od import SimulatorServer
from tests.unit.simulator.wire_client import SignedClient


def _is_problem(response: httpx.Response, status: int) -> bool:
    body = response.json()
    return bool(response.status_code == status and response.headers["content-type"] == "application/problem+json"
            and body["status"] == status and isinstance(body["title"], str) and body["title"])


def test_token_form_encoded_client_credentials(make_sim: Callable[..., SimulatorServer],
                                               make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(expires_in=900))
    response = client.fetch_token()
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 900
    assert isinstance(body["access_token"], str) and len(body["access_token"]) >= 20


def test_token_also_accepts_json(sim: SimulatorServer) -> None:
    creds = sim.credentials
    response = httpx.post(sim.base_url + "/oauth/token", json={
        "client_id": creds.client_id, "client_secret": creds.client_secret, "grant_type": "client_credentials"})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


@pytest.mark.parametrize("field", ["client_id", "client_secret"])
def test_wrong_credentials_are_401_problem(client: SignedClient, field: str) -> None:
    assert _is_problem(client.fetch_token(**{field: "not-it"}), 401)


def test_other_grant_types_are_400(client: SignedClient) -> None:
    assert _is_problem(client.fetch_token(grant_type="app_level_token"), 400)


def test_requests_without_a_valid_bearer_are_401(client: SignedClient) -> None:
    assert _is_problem(client.poll(token="made-up-token"), 401)
    url = client.base + "/v1/events:polling"
    bare = client.http.get(url, headers={"X-App-Signature": sign(client.creds.client_secret, url)})
    assert _is_problem(bare, 401)
    assert client.server.state.poll_log() == {}  # refused before it counts as a poll


def test_token_expires_after_expires_in(make_sim: Callable[..., SimulatorServer],
                                        make_client: Callable[..., SignedClient], clock: FakeClock) -> None:
    client = make_client(make_sim(expires_in=600))
    assert client.poll().status_code == 204
    clock.advance(599)
    assert client.poll().status_code == 204
    clock.advance(1)
    response = client.poll()
    assert _is_problem(response, 401)
    assert "expired" in response.json()["title"]


def test_bad_or_missing_signature_is_401(client: SignedClient) -> None:
    assert client.poll().status_code == 204
    assert _is_problem(client.request("GET", "/v1/events:polling", signature="AAAA"), 401)
    assert _is_problem(client.request("GET", "/v1/events:polling", signature=""), 401)
    url = client.base + "/v1/events:polling"
    wrong_secret = sign("someone-else's-secret", url)
    assert _is_problem(client.request("GET", "/v1/events:polling", signature=wrong_secret), 401)


def test_signature_covers_the_query(client: SignedClient) -> None:
    url = client.base + "/v1/events:polling"
    params = [("eventType", "CREATED"), ("eventType", "CANCELLED")]
    good = sign(client.creds.client_secret, url, params)
    assert client.request("GET", "/v1/events:polling", params=params, signature=good).status_code == 204
    unsigned_query = sign(client.creds.client_secret, url)
    assert _is_problem(client.request("GET", "/v1/events:polling", params=params, signature=unsigned_query), 401)


def test_signature_covers_the_body_raw_or_canonical(client: SignedClient) -> None:
    sim = client.server.state
    first, second = sim.create_order("pickup"), sim.create_order("pickup")
    body = {"orderExternalCode": "KDS-9", "createdAt": "2026-01-01T12:00:10Z"}
    raw = json.dumps(body, indent=1).encode()  # key order and spacing differ from canonical JSON
    assert raw != canonical_json(body)
    secret = client.creds.client_secret

    def post(order_id: str, signed_body: bytes) -> httpx.Response:
        path = f"/v1/orders/{order_id}/confirm"
        return client.request("POST", path, content=raw, signature=sign(secret, client.base + path, (), signed_body))

    assert post(first, raw).status_code == 202  # the bytes as sent
    assert post(second, canonical_json(body)).status_code == 202  # their canonical JSON
    assert _is_problem(post(second, b'{"orderExternalCode":"KDS-10"}'), 401)
    assert [c.order_id for c in sim.calls()] == [first, second]  # the refused call never reached the order


def test_signature_can_be_switched_off(make_sim: Callable[..., SimulatorServer],
                                       make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(require_signature=False))
    assert client.request("GET", "/v1/events:polling", signature="whatever").status_code == 204


def test_every_answer_carries_the_platform_date_with_its_skew(
        make_sim: Callable[..., SimulatorServer], make_client: Callable[..., SignedClient], clock: FakeClock) -> None:
    skew = timedelta(minutes=3, seconds=7)
    client = make_client(make_sim(clock_skew=skew))
    answers = [client.fetch_token(), client.fetch_token(client_secret="x"), client.poll(),
               client.poll(token="nope"), client.order("3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10")]
    assert [a.status_code for a in answers] == [200, 401, 204, 401, 404]
    for answer in answers:
        assert parsedate_to_datetime(answer.headers["Date"]) == (clock.now() + skew).replace(microsecond=0)
        assert len(answer.headers.get_list("Date")) == 1
