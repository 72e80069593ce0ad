"""The merchant token is refreshed days before it expires, once, and every new token is stored."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.base import PlatformAuthError, PlatformTransientError
from kds.platforms.keeta_std.client import KeetaStdClient
from kds.platforms.keeta_std.tokens import MerchantToken, TokenKeeper
from tests.unit.platforms.keeta_std.conftest import API, APP_ID, ORDER_ID, SECRET, SHOP_ID, FakeKeetaStd, fail, ok

DAY = 86400.0


def issued(clock: FakeClock, n: int, days: float = 90) -> dict[str, object]:
    return {"accessToken": f"access-{n}", "tokenType": "bearer", "expiresIn": int(days * DAY),
            "refreshToken": f"refresh-{n}", "scope": "all", "issuedAtTime": int(clock.now().timestamp() * 1000)}


@pytest.fixture
def stored() -> list[MerchantToken]:
    return []


@pytest.fixture
async def wired(keeta: FakeKeetaStd, clock: FakeClock, stored: list[MerchantToken]):
    keeta.tokens = {"access-0"}
    token = MerchantToken("access-0", "refresh-0", clock.now() + timedelta(days=90))
    keeper = TokenKeeper(token, clock, on_refresh=stored.append, refresh_margin=timedelta(days=5),
                         retry_interval=timedelta(minutes=10))
    client = KeetaStdClient(httpx.AsyncClient(transport=httpx.MockTransport(keeta.handler)), API, APP_ID, SECRET,
                            keeper.access_token, clock)
    keeper.refresher = client.refresh_token
    yield keeper, client
    await client.aclose()


def _answer_refresh(keeta: FakeKeetaStd, clock: FakeClock, n: int) -> None:
    def refresh(request: httpx.Request) -> httpx.Response:
        keeta.tokens.add(f"access-{n}")
        return ok(issued(clock, n))

    keeta.script("/base/oauth/token", refresh)


async def test_no_refresh_until_the_margin(wired, keeta: FakeKeetaStd, clock: FakeClock) -> None:
    keeper, client = wired
    clock.advance(85 * DAY - 1)
    await client.confirm(ORDER_ID, SHOP_ID)
    assert keeta.bodies("/base/oauth/token") == []
    assert keeta.bodies("/order/confirm")[0]["accessToken"] == "access-0"
    assert keeper.refreshes == 0 and not keeper.refresh_due()


async def test_refreshed_at_the_margin_and_stored(wired, keeta: FakeKeetaStd, clock: FakeClock,
                                                  stored: list[MerchantToken]) -> None:
    keeper, client = wired
    clock.advance(85 * DAY)
    _answer_refresh(keeta, clock, 1)
    await client.confirm(ORDER_ID, SHOP_ID)
    (refresh,) = keeta.bodies("/base/oauth/token")
    assert refresh["refreshToken"] == "refresh-0"
    assert keeta.bodies("/order/confirm")[0]["accessToken"] == "access-1"
    assert [t.access_token for t in stored] == ["access-1"]
    assert stored[0].refresh_token == "refresh-1"
    assert stored[0].expires_at == clock.now() + timedelta(days=90)
    assert keeper.token == stored[0]
    # The next 85 days need no refresh.
    clock.advance(84 * DAY)
    await client.confirm(ORDER_ID, SHOP_ID)
    assert len(keeta.bodies("/base/oauth/token")) == 1


async def test_concurrent_calls_refresh_once(wired, keeta: FakeKeetaStd, clock: FakeClock) -> None:
    keeper, client = wired
    clock.advance(86 * DAY)
    _answer_refresh(keeta, clock, 1)
    await asyncio.gather(*(client.confirm(ORDER_ID, SHOP_ID) for _ in range(5)))
    assert len(keeta.bodies("/base/oauth/token")) == 1 and keeper.refreshes == 1
    assert {b["accessToken"] for b in keeta.bodies("/order/confirm")} == {"access-1"}


async def test_failed_refresh_keeps_the_valid_token_and_retries_later(wired, keeta: FakeKeetaStd,
                                                                       clock: FakeClock) -> None:
    keeper, client = wired
    clock.advance(86 * DAY)
    keeta.script("/base/oauth/token", fail(315000101, "system busy"))
    await client.confirm(ORDER_ID, SHOP_ID)  # still served with the old token
    assert keeta.bodies("/order/confirm")[0]["accessToken"] == "access-0"
    clock.advance(60)
    await client.confirm(ORDER_ID, SHOP_ID)  # no retry within the retry interval
    assert len(keeta.bodies("/base/oauth/token")) == 1
    clock.advance(600)
    _answer_refresh(keeta, clock, 2)
    await client.confirm(ORDER_ID, SHOP_ID)
    assert len(keeta.bodies("/base/oauth/token")) == 2
    assert keeta.bodies("/order/confirm")[-1]["accessToken"] == "access-2"
    assert keeper.refreshes == 1


async def test_expired_token_without_a_working_refresh_is_an_auth_error(wired, keeta: FakeKeetaStd,
                                                                         clock: FakeClock) -> None:
    keeper, client = wired
    clock.advance(90 * DAY)
    keeta.script("/base/oauth/token", fail(115000106, "refreshToken or code is invalid"))
    with pytest.raises(PlatformAuthError):
        await client.confirm(ORDER_ID, SHOP_ID)
    assert keeta.bodies("/order/confirm") == [] and keeper.expired()


async def test_storing_failure_does_not_lose_the_new_token(keeta: FakeKeetaStd, clock: FakeClock) -> None:
    def broken_keyring(token: MerchantToken) -> None:
        raise RuntimeError("keyring locked")

    keeper = TokenKeeper(MerchantToken("a", "r", clock.now() + timedelta(days=1)), clock, on_refresh=broken_keyring)

    async def refresher(refresh_token: str) -> MerchantToken:
        return MerchantToken("b", "r2", clock.now() + timedelta(days=90))

    keeper.refresher = refresher
    assert await keeper.access_token() == "b"


async def test_static_token_is_never_refreshed(clock: FakeClock) -> None:
    calls: list[str] = []

    async def refresher(refresh_token: str) -> MerchantToken:
        calls.append(refresh_token)
        raise PlatformTransientError("unused")

    keeper = TokenKeeper(MerchantToken("static"), clock, refresher=refresher)
    clock.advance(365 * DAY)
    assert await keeper.access_token() == "static"
    assert calls == []


def test_token_round_trips_through_text(clock: FakeClock) -> None:
    token = MerchantToken("secret-access", "secret-refresh", clock.now() + timedelta(days=90), "all")
    assert MerchantToken.loads(token.dumps()) == token
    assert "secret" not in repr(token)


async def test_a_failed_refresh_is_reported_until_one_succeeds(wired, keeta: FakeKeetaStd, clock: FakeClock) -> None:
    keeper, client = wired
    assert keeper.status().refreshable and not keeper.status().refresh_failed
    clock.advance(86 * DAY)
    keeta.script("/base/oauth/token", fail(115000106, "refreshToken or code is invalid"))
    await client.confirm(ORDER_ID, SHOP_ID)
    status = keeper.status()
    assert status.refresh_failed and "invalid" in status.message
    assert status.expires_at == keeper.token.expires_at  # the old token, still valid
    clock.advance(600)
    _answer_refresh(keeta, clock, 2)
    await client.confirm(ORDER_ID, SHOP_ID)
    assert not keeper.status().refresh_failed and keeper.status().message == ""
    assert keeper.status().expires_at == clock.now() + timedelta(days=90)


async def test_a_token_of_unknown_expiry_with_a_refresh_token_is_refreshed_at_first_use(
        keeta: FakeKeetaStd, clock: FakeClock) -> None:
    keeta.tokens = {"typed"}
    stored: list[MerchantToken] = []
    keeper = TokenKeeper(MerchantToken("typed", "refresh-0"), clock, on_refresh=stored.append)
    client = KeetaStdClient(httpx.AsyncClient(transport=httpx.MockTransport(keeta.handler)), API, APP_ID, SECRET,
                            keeper.access_token, clock)
    keeper.refresher = client.refresh_token
    _answer_refresh(keeta, clock, 1)
    try:
        await client.confirm(ORDER_ID, SHOP_ID)
        await client.confirm(ORDER_ID, SHOP_ID)
    finally:
        await client.aclose()
    assert [b["refreshToken"] for b in keeta.bodies("/base/oauth/token")] == ["refresh-0"]  # once: now it is known
    assert [t.access_token for t in stored] == ["access-1"] and stored[0].expires_at is not None
    assert {b["accessToken"] for b in keeta.bodies("/order/confirm")} == {"access-1"}


async def test_an_async_store_is_awaited_before_the_new_token_is_used(clock: FakeClock) -> None:
    order: list[str] = []

    async def store(token: MerchantToken) -> None:
        await asyncio.sleep(0)
        order.append(f"stored {token.access_token}")

    keeper = TokenKeeper(MerchantToken("a", "r", clock.now() + timedelta(days=1)), clock, on_refresh=store)

    async def refresher(refresh_token: str) -> MerchantToken:
        return MerchantToken("b", "r2", clock.now() + timedelta(days=90))

    keeper.refresher = refresher
    token = await keeper.access_token()
    order.append(f"used {token}")
    assert order == ["stored b", "used b"]
