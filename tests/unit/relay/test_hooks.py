"""Webhook verification and parsing, without HTTP: Keeta Standard and GoFood."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kds.relay.hooks import GoFoodHooks, HookRejectedError, KeetaStandardHooks, WebhookRequest
from kds.relay.hooks.base import json_members as _members
from kds.relay.hooks.gofood import gofood_signature
from kds.relay.hooks.keeta_std import keeta_std_sig
from kds.relay.store import PlatformSecret

URL = "https://relay.example.com/hooks/keeta/acme"
SECRET = PlatformSecret("app-secret", "3762772727")
KEETA = KeetaStandardHooks()
GOFOOD = GoFoodHooks()


def keeta_body(event_id: int = 1002, message: dict[str, Any] | None = None, *, url: str = URL,
               secret: str = "app-secret", overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Keeta Standard webhook envelope signed for `url` (as in reference §3.3)."""
    if message is None:
        message = {"opTime": 1749008143025, "orderViewId": 553440887574627, "shopId": 145541, "status": 30}
    body: dict[str, Any] = {"eventId": event_id, "appId": 3762772727, "messageId": "1930106161957212198",
                            "shopId": 145541, "message": json.dumps(message, separators=(",", ":")),
                            "timestamp": 1749008143, **(overrides or {})}
    return {**body, "sig": keeta_std_sig(url, body, secret)}


def keeta(body: dict[str, Any] | bytes, url: str = URL, secret: PlatformSecret = SECRET) -> Any:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return KEETA.accept(WebhookRequest(raw, {}, url), secret)


def rejected(call: Any, *args: Any) -> int:
    with pytest.raises(HookRejectedError) as caught:
        call(*args)
    return caught.value.status


def test_keeta_order_accepted_becomes_an_event_with_the_message_parsed() -> None:
    inbound = keeta(keeta_body())
    assert (inbound.message_id, inbound.event_type, inbound.order_id) == (
        "1930106161957212198", "KEETA_1002", "553440887574627")
    assert inbound.payload["message"] == {"opTime": 1749008143025, "orderViewId": 553440887574627,
                                          "shopId": 145541, "status": 30}
    assert inbound.payload["shopId"] == 145541
    assert inbound.metadata == {"keetaEventId": 1002, "messageId": "1930106161957212198",
                                "appId": 3762772727, "shopId": 145541, "timestamp": 1749008143}


def test_keeta_order_placed_takes_the_order_id_from_base_order() -> None:
    message = {"orderInfo": {"baseOrder": {"orderViewId": 42, "ctime": 1}, "products": []}}
    assert keeta(keeta_body(1001, message)).order_id == "42"


def test_keeta_unknown_event_without_order_is_kept_with_an_empty_order_id() -> None:
    inbound = keeta(keeta_body(2001, {"shopId": 1}))
    assert (inbound.event_type, inbound.order_id) == ("KEETA_2001", "")


def test_keeta_json_valued_params_are_verified_as_sent() -> None:
    # A non-compact nested object: the signature covers its exact text, spaces included.
    text = '{"a": 1,  "b": [true, null]}'
    unsigned = {"eventId": 1002, "appId": 3762772727, "messageId": "m", "shopId": 1,
                "message": '{"orderViewId": 7}', "timestamp": 1}
    sig = keeta_std_sig(URL, {**unsigned, "extra": text}, "app-secret")
    raw = json.dumps({**unsigned, "sig": sig})[:-1] + f', "extra" : {text} }}'
    inbound = keeta(raw.encode())
    assert inbound.payload["extra"] == {"a": 1, "b": [True, None]}


@pytest.mark.parametrize("change", [
    lambda b: b.pop("sig"),
    lambda b: b.update(sig=""),
    lambda b: b.update(sig=123),
    lambda b: b.update(sig="0" * 64),
    lambda b: b.update(shopId=145542),
    lambda b: b.update(message=b["message"].replace("30", "50")),
    lambda b: b.update(injected="1"),
])
def test_keeta_unsigned_or_forged_is_401(change: Any) -> None:
    body = keeta_body()
    change(body)
    assert rejected(keeta, body) == 401


def test_keeta_signed_for_another_url_or_secret_or_app_is_401() -> None:
    assert rejected(keeta, keeta_body(url="https://elsewhere.example.com/hooks/keeta/acme")) == 401
    assert rejected(keeta, keeta_body(secret="other")) == 401
    assert rejected(keeta, keeta_body(overrides={"appId": 1})) == 401
    assert keeta(keeta_body(overrides={"appId": 1}), URL, PlatformSecret("app-secret")).order_id == "553440887574627"


@pytest.mark.parametrize("raw", [b"", b"[]", b"null", b"{", b'{"a":1}x', b'{"a":1,}', b"\xff{}",
                                 b'{"a": NaN}', b"[" * 100_000 + b"]" * 100_000])
def test_keeta_malformed_body_is_400(raw: bytes) -> None:
    assert rejected(keeta, raw) == 400


@pytest.mark.parametrize(("event_id", "message", "overrides"), [
    (1002, {"orderViewId": 1}, {"eventId": "x"}),
    (1002, {"orderViewId": 1}, {"eventId": True}),
    (1002, {"orderViewId": 1}, {"messageId": ""}),
    (1002, {"orderViewId": 1}, {"message": "not json"}),
    (1002, {"orderViewId": 1}, {"message": "[1]"}),
    (1002, {"orderViewId": 1}, {"message": 5}),
    (1002, {"status": 30}, {}),
    (1001, {"orderInfo": {"baseOrder": {}}}, {}),
])
def test_keeta_signed_but_malformed_is_400(event_id: int, message: dict[str, Any],
                                           overrides: dict[str, Any]) -> None:
    assert rejected(keeta, keeta_body(event_id, message, overrides=overrides)) == 400


def test_keeta_answers() -> None:
    assert KEETA.answer(200, "Success") == {"code": 0, "message": "Success"}
    assert KEETA.answer(401, "bad sig") == {"code": 401, "message": "bad sig"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10)


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6), st.booleans())
def test_members_agree_with_json_loads(obj: dict[str, Any], indent: bool) -> None:
    text = json.dumps(obj, indent=2 if indent else None, ensure_ascii=indent)
    members = _members(text.encode())
    assert {k: v for k, (v, _) in members.items()} == json.loads(text)
    assert {k: json.loads(raw) for k, (_, raw) in members.items()} == json.loads(text)


def gofood(body: bytes, signature: str | None, secret: str = "notify-secret") -> Any:
    headers = {} if signature is None else {"x-go-signature": signature}
    return GOFOOD.accept(WebhookRequest(body, headers, "unused"), PlatformSecret(secret))


GOFOOD_BODY = json.dumps({
    "header": {"event_name": "gofood.order.awaiting_merchant_acceptance",
               "event_id": "c1be7fa1-645e-3d57-9ca3-f2cb54212345", "version": 1,
               "timestamp": "2019-08-24T14:15:22.557+07:00"},
    "body": {"outlet": {"id": "G123456789"}, "order": {"order_number": "F-123456789", "status":
                                                         "AWAITING_MERCHANT_ACCEPTANCE"}},
}).encode()


def test_gofood_signed_notification_is_accepted() -> None:
    inbound = gofood(GOFOOD_BODY, gofood_signature(GOFOOD_BODY, "notify-secret"))
    assert (inbound.message_id, inbound.event_type, inbound.order_id) == (
        "c1be7fa1-645e-3d57-9ca3-f2cb54212345", "gofood.order.awaiting_merchant_acceptance", "F-123456789")
    assert inbound.metadata["outletId"] == "G123456789"
    assert inbound.payload == json.loads(GOFOOD_BODY)


def test_gofood_unsigned_forged_or_malformed() -> None:
    assert rejected(gofood, GOFOOD_BODY, None) == 401
    assert rejected(gofood, GOFOOD_BODY, gofood_signature(GOFOOD_BODY, "other")) == 401
    assert rejected(gofood, GOFOOD_BODY + b" ", gofood_signature(GOFOOD_BODY, "notify-secret")) == 401
    for bad in (b"{}", b'{"header": {"event_name": "x"}}', b"nope", b'{"header": []}'):
        assert rejected(gofood, bad, gofood_signature(bad, "notify-secret")) == 400
    assert GOFOOD.answer(200, "Success") == {"success": True}
