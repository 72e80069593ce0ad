"""Keeta Standard `sig` and GoFood `X-Go-Signature`, against published vectors."""

from __future__ import annotations

import hashlib

import pytest

from kds.relay.hooks.gofood import gofood_signature, gofood_verify
from kds.relay.hooks.keeta_std import keeta_std_sig, keeta_std_signing_string, keeta_std_verify

OFFICIAL_URL = "https://open.mykeeta.com/api/open/product/shopcategory/update"
OFFICIAL_PARAMS = {
    "accessToken": "abc",
    "appId": 123,
    "shopCategory": {"id": 123, "name": "test", "type": 0, "description": None},
    "shopId": 123,
    "timestamp": 1682566749,
}


def test_official_vector_signing_string_and_sig() -> None:
    assert keeta_std_signing_string(OFFICIAL_URL, OFFICIAL_PARAMS, "abc") == (
        f"{OFFICIAL_URL}?accessToken=abc&appId=123"
        '&shopCategory={"id":123,"name":"test","type":0,"description":null}&shopId=123&timestamp=1682566749abc'
    )
    assert keeta_std_sig(OFFICIAL_URL, OFFICIAL_PARAMS, "abc") == (
        "48eb6d562bb0673e3db753831f032be237fc19d1e5c33fcb5386d89c0eebca86")


def test_official_vector_with_the_json_param_given_as_text() -> None:
    params = {**OFFICIAL_PARAMS, "shopCategory": '{"id":123,"name":"test","type":0,"description":null}'}
    assert keeta_std_sig(OFFICIAL_URL, params, "abc") == (
        "48eb6d562bb0673e3db753831f032be237fc19d1e5c33fcb5386d89c0eebca86")


def test_second_vector() -> None:
    params = {"appId": 3084446411, "timestamp": 1700000000, "accessToken": "tok"}
    assert keeta_std_sig("https://open.mykeeta.com/api/open/order/get", params, "SEKRET") == (
        "fdb0c75a74946eb58dbfcd5ebe6b7f42a9a12f4302c697e750de9691277e6965")


def test_sig_param_is_left_out_and_keys_are_sorted() -> None:
    base = {"b": "2", "a": "1"}
    assert keeta_std_sig("u", {**base, "sig": "whatever"}, "s") == keeta_std_sig("u", base, "s")
    assert keeta_std_sig("u", base, "s") == hashlib.sha256(b"u?a=1&b=2s").hexdigest()


@pytest.mark.parametrize(("value", "rendered"), [
    (True, "true"), (False, "false"), (None, ""), (1.5, "1.5"), ([1, "é"], '[1,"é"]'), ("", ""),
])
def test_value_rendering(value: object, rendered: str) -> None:
    assert keeta_std_signing_string("u", {"k": value}, "s") == f"u?k={rendered}s"


def test_verify_accepts_upper_case_and_rejects_others() -> None:
    sig = keeta_std_sig(OFFICIAL_URL, OFFICIAL_PARAMS, "abc")
    assert keeta_std_verify(OFFICIAL_URL, OFFICIAL_PARAMS, "abc", sig.upper())
    assert not keeta_std_verify(OFFICIAL_URL, OFFICIAL_PARAMS, "abd", sig)
    assert not keeta_std_verify(OFFICIAL_URL, {**OFFICIAL_PARAMS, "shopId": 124}, "abc", sig)
    assert not keeta_std_verify(OFFICIAL_URL, OFFICIAL_PARAMS, "abc", "é" * 64)


def test_gofood_rfc4231_vector() -> None:
    # RFC 4231 test case 2: key "Jefe".
    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert gofood_signature(b"what do ya want for nothing?", "Jefe") == expected
    assert gofood_verify(b"what do ya want for nothing?", "Jefe", expected.upper())
    assert not gofood_verify(b"what do ya want for nothing!", "Jefe", expected)
    assert not gofood_verify(b"what do ya want for nothing?", "Jefe", "ü")
