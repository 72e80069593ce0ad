"""Redaction of phone numbers, addresses, ciphertexts and secrets, line by line."""

from __future__ import annotations

import pytest

from kds.domain.order import Address
from kds.support.redaction import Redactor

PHONES = [
    "+55 11 99999-9999", "(11) 99999-9999", "11999999999", "+852 9123 4567", "0812-3456-7890",
    "+55 (11) 98765-4321", "5511987654321", "(11) 3456-7890", "11 99999-9999", "99999-9999", "9123 4567",
    "081234567890", "+62 812-3456-7890", "0912345678", "090.123.4567", "081-234-5678", "13812345678",
    "+86 138 1234 5678", "+84 91 234 5678", "+66 81 234 5678",
]

ADDRESSES = [
    "Rua Augusta, 1234", "Rua Augusta 1234 - apto 12", "Avenida Paulista, 1578", "Av. Paulista 1578",
    "Av Brigadeiro Faria Lima, nº 3477", "Alameda Santos 200", "Jl. Sudirman No. 5", "Jalan Thamrin 10",
    "12 Đường Lê Lợi", "Đường Nguyễn Huệ 45", "221B Baker Street", "12 Nathan Road", "ถนนสุขุมวิท 21",
    "彌敦道688號", "中山路88号",
]

SECRETS = [
    ("GET /v1/events:polling?access_token=AT-5f2c9e&merchant=7", "AT-5f2c9e"),
    ('{"client_secret": "cs-live-99a"}', "cs-live-99a"),
    ('{"accessToken":"tok.abc.def"}', "tok.abc.def"),
    ("POST /hook?ts=1&sig=9f8e7d6c5b4a", "9f8e7d6c5b4a"),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJhbGciOiJIUzI1NiJ9"),
    ("{'authorization': 'Basic dXNlcjpwYXNz'}", "dXNlcjpwYXNz"),
    ("sent with bearer Zm9vYmFyYmF6cXV4", "Zm9vYmFyYmF6cXV4"),
    ("Credentials(client_id='kid', client_secret='s3cr3t-value')", "s3cr3t-value"),
    ("phone ENC_#MQesaE=#1# district ENC_#c/2+xZ==#1#", "MQesaE"),
    ('payload "{\\"formattedAddress\\": \\"Beco Sem Nome 0\\"}"', "Beco Sem Nome"),
    ("{'street': 'Beco do Batman', 'number': '77', 'complement': 'fundos'}", "Beco do Batman"),
    ('{"phone": "+5511912345678", "latitude": -23.56141}', "-23.56141"),
]

# Things a log line needs that look a little like the above.
SURVIVORS = [
    "order 3f2a1b7c-1234-4abc-8def-123456789012 moved to stage ACCEPTED",
    "2024-05-01T12:30:45Z poll took 1234 ms",
    "printer tcp://192.168.1.50:9100 answered",
    "total 123.45 BRL, 3 items, display #1234",
    "PySide6 6.12.0 on Python 3.11.9",
    "event time 1716200000123",
    "merchant 12345678000199 polled (HTTP 200)",
]


@pytest.fixture
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("phone", PHONES)
def test_phone_numbers_are_removed(redactor: Redactor, phone: str) -> None:
    text = redactor.redact(f"customer {phone} asked for the rider")
    assert text == "customer [phone] asked for the rider"


@pytest.mark.parametrize("address", ADDRESSES)
def test_street_addresses_are_removed(redactor: Redactor, address: str) -> None:
    text = redactor.redact(f"deliver to {address}, please")
    assert "[address]" in text
    digits = [part for part in address.replace(",", " ").split() if any(c.isdigit() for c in part)]
    for part in digits:
        assert part not in text


@pytest.mark.parametrize(("line", "secret"), SECRETS)
def test_secrets_and_keyed_values_are_removed(redactor: Redactor, line: str, secret: str) -> None:
    text = redactor.redact(line)
    assert secret not in text
    assert "[" in text


@pytest.mark.parametrize("line", SURVIVORS)
def test_ordinary_log_lines_survive(redactor: Redactor, line: str) -> None:
    assert redactor.redact(line) == line


def test_learned_values_are_removed_wherever_they_appear(redactor: Redactor) -> None:
    address = Address(formatted="Quinta das Lágrimas, casa azul", street="Quinta das Lágrimas", number="3",
                      complement="casa azul", reference="ao lado da padaria")
    redactor.learn_address(address)
    redactor.learn_phone("+55 (21) 2222-3333")
    text = redactor.redact("QUINTA DAS LÁGRIMAS near ao lado da padaria; call 552122223333 or +55 (21) 2222-3333")
    assert "lágrimas" not in text.lower() and "padaria" not in text and "2222" not in text
    assert "[address]" in text and "[phone]" in text
    redactor.learn("abc", "ENC_#x#1#")  # too short, and ciphertexts have their own rule
    assert redactor.redact("abc") == "abc"


def test_redaction_is_idempotent(redactor: Redactor) -> None:
    line = "call +55 11 99999-9999 at Rua Augusta, 1234 with access_token=abc"
    once = redactor.redact(line)
    assert redactor.redact(once) == once
