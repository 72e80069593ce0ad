"""The GoBiz client: the client-credentials token, the three order actions, answers sorted into the error tree."""

from __future__ import annotations

import httpx
import pytest

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    RateLimitedError,
)
from kds.platforms.gofood.client import SCOPE, GoBizClient, implied_kind
from tests.unit.platforms.gofood.conftest import ORDER, OUTLET, FakeGoBiz, answer

BASE = f"/integrations/gofood/outlets/{OUTLET}/v1/orders"


async def test_the_token_is_asked_with_basic_auth_and_an_explicit_scope(client: GoBizClient, gobiz: FakeGoBiz) -> None:
    await client.accept(ORDER, "delivery")
    assert gobiz.tokens_issued == 1  # the fake checks HTTP Basic and the grant type
    assert gobiz.token_forms[0]["scope"] == [SCOPE] and "client_secret" not in gobiz.token_forms[0]


async def test_the_token_is_kept_until_shortly_before_it_expires(client: GoBizClient, gobiz: FakeGoBiz,
                                                                 clock: FakeClock) -> None:
    await client.accept(ORDER, "delivery")
    clock.advance(3599 - 61)
    await client.food_prepared(ORDER, "delivery")
    assert gobiz.tokens_issued == 1
    clock.advance(2)  # inside the last minute: renewed before GoBiz refuses it
    await client.food_prepared(ORDER, "delivery")
    assert gobiz.tokens_issued == 2


async def test_a_401_fetches_a_new_token_once(client: GoBizClient, gobiz: FakeGoBiz) -> None:
    await client.accept(ORDER, "delivery")
    gobiz.valid.clear()  # revoked
    await client.food_prepared(ORDER, "delivery")
    assert gobiz.tokens_issued == 2 and gobiz.paths()[-2:] == [f"{BASE}/delivery/{ORDER}/food-prepared"] * 2


async def test_a_second_401_is_an_auth_error(client: GoBizClient, gobiz: FakeGoBiz) -> None:
    path = f"{BASE}/delivery/{ORDER}/accepted"
    gobiz.script(path, httpx.Response(401), httpx.Response(401))
    with pytest.raises(PlatformAuthError):
        await client.accept(ORDER, "delivery")
    assert gobiz.tokens_issued == 2 and gobiz.paths() == [path, path]


async def test_refused_credentials_are_an_auth_error(client: GoBizClient, gobiz: FakeGoBiz) -> None:
    gobiz.script("/oauth2/token", httpx.Response(401, json={"error": "invalid_client"}))
    with pytest.raises(PlatformAuthError, match="client id or secret"):
        await client.accept(ORDER, "delivery")
    assert gobiz.calls == []


async def test_accept_reject_and_food_prepared_use_gobiz_paths_and_bodies(client: GoBizClient,
                                                                          gobiz: FakeGoBiz) -> None:
    await client.accept(ORDER, "pickup")
    await client.reject(ORDER, "delivery", "ITEMS_OUT_OF_STOCK", "Habis")
    await client.food_prepared(ORDER, "pickup")
    assert gobiz.calls == [
        ("PUT", f"{BASE}/pickup/{ORDER}/accepted", None),
        ("PUT", f"{BASE}/delivery/{ORDER}/cancelled",
         {"cancel_reason_code": "ITEMS_OUT_OF_STOCK", "cancel_reason_description": "Habis"}),
        ("PUT", f"{BASE}/pickup/{ORDER}/food-prepared", None),
    ]


@pytest.mark.parametrize(("code", "words"), [("SOLD_OUT", "Habis"), ("OTHERS", "no"), ("OTHERS", "   ")])
async def test_a_reject_gobiz_would_refuse_is_not_sent(client: GoBizClient, gobiz: FakeGoBiz, code: str,
                                                       words: str) -> None:
    with pytest.raises(PlatformRejectedError):
        await client.reject(ORDER, "delivery", code, words)
    assert gobiz.calls == []


@pytest.mark.parametrize(("fixture", "kind"), [("error_409_accepted.json", EventKind.ACCEPTED),
                                               ("error_409_cancelled.json", EventKind.CANCELLED)])
async def test_409_is_an_invalid_state_that_says_what_the_order_is(client: GoBizClient, gobiz: FakeGoBiz,
                                                                   fixture: str, kind: EventKind) -> None:
    gobiz.script(f"{BASE}/delivery/{ORDER}/accepted", answer(fixture, 409))
    with pytest.raises(InvalidStateError) as caught:
        await client.accept(ORDER, "delivery")
    assert implied_kind(caught.value) is kind


@pytest.mark.parametrize(("reply", "error"), [
    (httpx.Response(503, headers={"Retry-After": "7"}), PlatformTransientError),
    (httpx.Response(429, headers={"Retry-After": "3"}), RateLimitedError),
    (answer("error_400_description.json", 400), PlatformRejectedError),
    (answer("error_400_description.json", 200), PlatformRejectedError),  # success: false in a 2xx
    (httpx.Response(200, text="<html>"), PlatformPayloadError),
])
async def test_answers_are_sorted_into_the_error_tree(client: GoBizClient, gobiz: FakeGoBiz, reply: httpx.Response,
                                                      error: type[Exception]) -> None:
    gobiz.script(f"{BASE}/delivery/{ORDER}/food-prepared", reply)
    with pytest.raises(error) as caught:
        await client.food_prepared(ORDER, "delivery")
    assert type(caught.value) is error
    if isinstance(caught.value, PlatformTransientError) and reply.status_code != 200:
        assert caught.value.retry_after == float(reply.headers["Retry-After"])


async def test_gobiz_words_are_kept_in_the_message(client: GoBizClient, gobiz: FakeGoBiz) -> None:
    gobiz.script(f"{BASE}/delivery/{ORDER}/cancelled", answer("error_400_description.json", 400))
    with pytest.raises(PlatformRejectedError, match="at least 3 characters"):
        await client.reject(ORDER, "delivery", "OTHERS", "because")


async def test_a_network_failure_is_transient(clock: FakeClock) -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = GoBizClient(httpx.AsyncClient(transport=httpx.MockTransport(down)), "https://gobiz.test",
                         "https://goauth.test", "id", "secret", OUTLET, clock)
    with pytest.raises(PlatformTransientError):
        await client.accept(ORDER, "delivery")
    await client.aclose()
