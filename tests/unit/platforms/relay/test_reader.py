"""The shared relay reader on its own: what it asks the relay for, and answers it cannot use."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

import kds.platforms.relay
from kds.domain.order import Platform
from kds.platforms.base import PlatformPayloadError
from kds.platforms.relay import ACK_BATCH, RelayClient

RELAY = "https://relay.test/"
TOKEN = "tenant-token"


def reader(http: httpx.AsyncClient, platform: Platform | str = Platform.GOFOOD) -> RelayClient:
    return RelayClient(http, RELAY, TOKEN, platform)


async def _poll(response: httpx.Response) -> list[object]:
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda _: response)) as http:
        return await reader(http).poll(0)


async def test_it_asks_for_the_platform_it_was_given_with_the_tenant_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[{"eventId": "e1"}])

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        assert await reader(http, Platform.GOFOOD).poll(7) == [{"eventId": "e1"}]
        assert await reader(http, "keeta_std").poll(0) == [{"eventId": "e1"}]
    assert [str(r.url.copy_with(query=None)) for r in seen] == ["https://relay.test/v1/events:polling"] * 2
    assert [r.url.params.get_list("platform") for r in seen] == [["gofood"], ["keeta_std"]]
    assert [r.url.params.get("wait") for r in seen] == ["7", None]  # no wait: plain polling
    assert {r.headers["Authorization"] for r in seen} == {f"Bearer {TOKEN}"}


async def test_nothing_new_is_an_empty_list() -> None:
    assert await _poll(httpx.Response(204)) == []
    assert await _poll(httpx.Response(200, content=b"  ")) == []


@pytest.mark.parametrize("content", [
    b"<html>gateway</html>",  # not JSON
    b'[{"eventId": "e1"}',  # truncated
    b"[\"\xff\"]",  # not UTF-8
    b'{"eventId": "e1"}',  # not a list
    b"[" * 100_000 + b"]" * 100_000,  # absurdly nested: the parser's recursion limit, not a crash
], ids=["html", "truncated", "not-utf8", "object", "nested"])
async def test_an_unusable_answer_is_a_payload_error(content: bytes) -> None:
    with pytest.raises(PlatformPayloadError) as caught:
        await _poll(httpx.Response(200, content=content))
    assert caught.value.code == "payload"


async def test_acknowledgment_goes_in_batches_in_order() -> None:
    batches: list[list[dict[str, str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == "POST" and request.url.path == "/v1/events/acknowledgment"
        batches.append(json.loads(request.content))
        return httpx.Response(202)

    items = [{"id": f"e{i}", "orderId": str(i), "eventType": "X"} for i in range(2 * ACK_BATCH + 1)]
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        await reader(http).acknowledge(items)
        await reader(http).acknowledge([])
    assert [len(batch) for batch in batches] == [ACK_BATCH, ACK_BATCH, 1]
    assert [item for batch in batches for item in batch] == items


def test_the_shared_reader_names_no_platform() -> None:
    # Every relay-fed platform uses it; which one it reads is the caller's to say.
    names = {p.value for p in Platform if p is not Platform.FAKE}
    for source in Path(kds.platforms.relay.__file__).parent.glob("*.py"):
        text = source.read_text(encoding="utf-8").lower()
        assert not [name for name in names if name in text], source.name
