"""`sig` against Keeta's official vectors, for this package's copy and the relay's, and the body rule."""

from __future__ import annotations

import hashlib
import json

import pytest

from kds.platforms.keeta_std.signature import body_bytes, render, sign, signing_string, verify
from kds.relay.hooks.keeta_std import keeta_std_sig, keeta_std_signing_string

OFFICIAL_URL = "https://open.mykeeta.com/api/open/product/shopcategory/update"
OFFICIAL_STRING = ('https://open.mykeeta.com/api/open/product/shopcategory/update?accessToken=abc&appId=123'
                   '&shopCategory={"id":123,"name":"test","type":0,"description":null}&shopId=123'
                   '&timestamp=1682566749abc')
OFFICIAL_SIG = "48eb6d562bb0673e3db753831f032be237fc19d1e5c33fcb5386d89c0eebca86"
ORDER_GET_SIG = "fdb0c75a74946eb58dbfcd5ebe6b7f42a9a12f4302c697e750de9691277e6965"

# The JSON-valued parameter as text (as it arrives) and as an object (as the client builds it).
OFFICIAL_PARAMS = [
    {"shopId": 123, "appId": 123, "timestamp": 1682566749, "accessToken": "abc",
     "shopCategory": '{"id":123,"name":"test","type":0,"description":null}'},
    {"shopId": 123, "appId": 123, "timestamp": 1682566749, "accessToken": "abc",
     "shopCategory": {"id": 123, "name": "test", "type": 0, "description": None}},
]


@pytest.mark.parametrize("params", OFFICIAL_PARAMS, ids=["json-as-text", "json-as-object"])
def test_official_vector(params: dict[str, object]) -> None:
    assert signing_string(OFFICIAL_URL, params, "abc") == OFFICIAL_STRING
    assert sign(OFFICIAL_URL, params, "abc") == OFFICIAL_SIG
    assert verify(OFFICIAL_URL, {**params, "sig": OFFICIAL_SIG}, "abc", OFFICIAL_SIG.upper())


@pytest.mark.parametrize("params", OFFICIAL_PARAMS, ids=["json-as-text", "json-as-object"])
def test_relay_copy_agrees_on_the_official_vector(params: dict[str, object]) -> None:
    assert keeta_std_signing_string(OFFICIAL_URL, params, "abc") == OFFICIAL_STRING
    assert keeta_std_sig(OFFICIAL_URL, params, "abc") == OFFICIAL_SIG


def test_order_get_vector_both_copies() -> None:
    url = "https://open.mykeeta.com/api/open/order/get"
    params = {"appId": 3084446411, "timestamp": 1700000000, "accessToken": "tok"}
    assert sign(url, params, "SEKRET") == ORDER_GET_SIG == keeta_std_sig(url, params, "SEKRET")


def test_sig_is_a_plain_sha256_without_the_sig_parameter() -> None:
    params = {"b": "2", "a": 1, "sig": "ignored", "empty": "", "none": None, "flag": True}
    text = signing_string("https://x.test/p", params, "S")
    assert text == "https://x.test/p?a=1&b=2&empty=&flag=true&none=S"
    assert sign("https://x.test/p", params, "S") == hashlib.sha256(text.encode()).hexdigest()


def test_wrong_secret_or_changed_param_fails() -> None:
    params = {"appId": 1, "orderViewId": 5}
    sig = sign("https://x.test/p", params, "S")
    assert not verify("https://x.test/p", params, "T", sig)
    assert not verify("https://x.test/p", {**params, "orderViewId": 6}, "S", sig)


def test_body_carries_nested_values_exactly_as_signed() -> None:
    params = {"orderViewId": 7, "products": [{"orderProductId": 12, "refundCount": 1}],
              "courierInfo": {"courierName": "陳大文", "courierVehicle": 2}, "appId": 1, "timestamp": 2}
    sig = sign("https://x.test/p", params, "S")
    body = body_bytes({**params, "sig": sig})
    parsed = json.loads(body)
    # A receiver that re-renders the parsed body (or reads each value's raw JSON text) gets the signed text.
    assert keeta_std_sig("https://x.test/p", parsed, "S") == sig
    assert render(parsed["courierInfo"]) == '{"courierName":"陳大文","courierVehicle":2}'
    assert '"courierName":"陳大文"' in body.decode()
