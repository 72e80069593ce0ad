"""Remove customer phone numbers, addresses, platform ciphertexts and secrets from text.

Used by the log filter (`kds.support.logs.RedactingFilter`) and again over the logs a diagnostics export
ships. It works on three levels, because none alone is enough:

1. Keys: the value after a key that names a secret (`access_token`, `client_secret`, `sig`,
   `Authorization`...) or a part of an address or phone (the field names of `kds.domain.order.Address`
   and their wire spellings), in JSON, Python reprs, query strings and headers.
2. Shapes: `ENC_` ciphertexts, bearer tokens and JWTs, phone numbers in international and local
   formats of the markets KDS serves, and street addresses ("Rua Augusta, 1234", "Jl. Sudirman No. 5",
   "12 Đường Lê Lợi", "221B Baker Street", "彌敦道688號").
3. Values learned at run time: once the app decrypts an address or a phone for a self-delivery
   order, `learn_address` / `learn` make that exact text disappear wherever it shows up.

Redaction is deliberately greedy: a false positive costs a log line some detail, a miss leaks a
customer's data. One known casualty: a bare 10-11 digit number (an epoch in seconds) looks like a
mobile number and is removed; log times as ISO text.

Hand-written rather than a library: the PII scrubbers on PyPI (scrubadub, presidio) need NLP models
and do not know these markets' phone and street formats or the platforms' key names.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import fields

from kds.domain.order import Address

PHONE = "[phone]"
ADDRESS = "[address]"
SECRET = "[secret]"
ENCRYPTED = "[enc]"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


_SECRET_KEYS = (
    "access_token", "accessToken", "refresh_token", "refreshToken", "id_token", "idToken", "client_secret",
    "clientSecret", "app_secret", "appSecret", "api_key", "apiKey", "apikey", "x-api-key", "password", "passwd",
    "secret", "token", "sig", "signature", "sign", "cookie", "set-cookie", "webhook_secret", "webhookSecret",
)
# Every field of the domain Address, in snake and camel case, and with the usual "Address" suffix
# (formatted -> formattedAddress), plus the wire names the platforms use for the same things.
_ADDRESS_FIELDS = tuple(f.name for f in fields(Address))
_ADDRESS_KEYS = tuple(sorted({
    *_ADDRESS_FIELDS, *(_camel(n) for n in _ADDRESS_FIELDS), *(f"{_camel(n)}Address" for n in _ADDRESS_FIELDS),
    *(f"{n}_address" for n in _ADDRESS_FIELDS),
    "address", "address_line", "addressLine", "addressDetail", "detailAddress", "neighborhood", "street_name",
    "streetName", "street_number", "streetNumber", "zip", "zip_code", "zipCode", "latitude", "longitude", "lat",
    "lng", "lon", "recipient_address", "recipientAddress",
} - {"city", "cityAddress", "city_address"}))
_PHONE_KEYS = ("phone", "phone_number", "phoneNumber", "mobile", "telephone", "tel", "recipientPhone",
               "recipient_phone", "customerPhone", "customer_phone", "virtualPhone", "virtual_phone")


def _keys(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# key (optionally quoted, also JSON-inside-a-string quoted), separator, then one value.
_ALL_KEYS = _keys(_SECRET_KEYS + _ADDRESS_KEYS + _PHONE_KEYS)
_KEYED = re.compile(
    r"""(?P<key>\\?["']?(?<![\w-])(?P<name>""" + _ALL_KEYS + r""")(?![\w-])\\?["']?)
        (?P<sep>\s*[:=]\s*)
        (?P<value>\\"(?:[^"\\]|\\[^"])*\\"|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s&,;"'<>(){}\[\]\\]+)""",
    re.IGNORECASE | re.VERBOSE)
_SECRET_NAMES = {n.lower() for n in _SECRET_KEYS}
_PHONE_NAMES = {n.lower() for n in _PHONE_KEYS}

_AUTHORIZATION = re.compile(
    r"""(?P<key>\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|digest|token)\s+)?[^\s"',;&}]+""",
    re.IGNORECASE)
_BEARER = re.compile(r"\bbearer\s+[A-Za-z0-9._~+/=-]{6,}", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_ENC = re.compile(r"ENC_[^\s\"'\\,;&<>(){}\[\]]*")

# ASCII look-arounds: Python's \w also matches CJK, and "电话13812345678" must still be caught.
_NOT_BEFORE = r"(?<![A-Za-z0-9_/+.\-])"
_NOT_AFTER = r"(?![A-Za-z0-9_/\-]|\.\d)"
_PHONE = re.compile(_NOT_BEFORE + r"""(?:
      \+\d{1,3}(?:[\s.\-]?\(?\d{1,5}\)?){2,6}       # +55 11 99999-9999, +852 9123 4567, +62 812-3456-7890
    | \(\d{2,3}\)\s?\d{4,5}[\s\-]?\d{4}             # (11) 99999-9999, (11) 3456-7890
    | 0\d{2,4}[\s.\-]\d{3,4}[\s.\-]\d{3,4}          # 0812-3456-7890, 021 1234 5678, 090.123.4567
    | \d{2}[\s\-]\d{4,5}[\s\-]\d{4}                 # 11 99999-9999
    | \d{4,5}-\d{4}                                 # 99999-9999
    | [2-9]\d{3}\s\d{4}                             # 9123 4567 (Hong Kong)
    | \d{10,11}                                     # 11999999999, 13812345678, 0912345678
    | (?:0|55|62|84|66|852|853|86|886|60|65)\d{9,11}  # 081234567890, 5511999999999
    )""" + _NOT_AFTER, re.VERBOSE)

_NAME = r"[^\d\n,;|\"'{}\[\]<>=]{1,60}?"
_COMPLEMENT = r"(?:\s*[-,/]?\s*(?:apto|apt|ap|bloco|bl|casa|sala|conj|andar|unit|flat|lt|no|nº)\.?\s*\w+)*"
_ADDRESS = re.compile("|".join((
    # Street type first, then the name, then the number: Rua Augusta, 1234 / Av. Paulista 1578 / Jl. Sudirman No. 5
    r"(?i:\b(?:rua|avenida|av\.?|alameda|travessa|estrada|rodovia|pra[çc]a|largo|jalan|jl\.|gang|gg\.|đường"
    r"|duong|phố|ngõ|hẻm|soi|thanon|street|road|avenue))\s+" + _NAME
    + r"[,\s]\s*(?i:n[º°o]\.?\s*|no\.?\s*|số\s*)?\d+[A-Za-z]?(?:[-/]\d+)?" + _COMPLEMENT,
    # Number first: 12 Đường Lê Lợi / 12/3 Hẻm ... / Số 5 Jalan ...
    r"(?i:\bsố\s*)?\b\d+[A-Za-z]?(?:/\d+)?\s+(?i:đường|duong|phố|ngõ|hẻm|jalan|jl\.|soi)\s+[^\d\n,;|\"'{}\[\]<>=]{1,40}",
    # English: 221B Baker Street, 12 Nathan Rd.
    r"\b\d+[A-Za-z]?\s+(?:[A-Z][A-Za-z'.\-]*\s+){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive"
    r"|Dr\.?|Boulevard|Blvd\.?|Way|Court|Ct\.?)(?![A-Za-z])",
    # Thai: ถนนสุขุมวิท / ซอยสุขุมวิท 11
    r"(?:ถนน|ซอย|ถ\.|ซ\.)\s*[^\s,;\"']+(?:\s*\d+)?",
    # Chinese: 彌敦道688號 / 中山路88号3楼
    r"[\u4e00-\u9fff]{1,15}(?:道|路|街|巷|里|弄)\s*\d+\s*(?:号|號)(?:[\u4e00-\u9fff\d]{0,10}(?:楼|樓|室|座|层|層))?",
)))

_MAX_LEARNED = 2000
_MIN_LEARNED = 4


def _keyed(match: re.Match[str]) -> str:
    name = match["name"].lower()
    value = match["value"]
    if name in _SECRET_NAMES:
        token = SECRET
    elif name in _PHONE_NAMES:
        token = PHONE
    else:
        token = ADDRESS
    for quote in ('\\"', '"', "'"):
        if value.startswith(quote) and len(value) >= 2 * len(quote):
            return f"{match['key']}{match['sep']}{quote}{token}{quote}"
    return f"{match['key']}{match['sep']}{token}"


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = sum(c.isdigit() for c in text)
    # An international number has 8 to 15 digits (E.164); fewer is a version string or a range.
    if text.startswith("+") and not 8 <= digits <= 15:
        return text
    return PHONE


class Redactor:
    """Redacts text; also remembers exact values (a decrypted address or phone) to remove later."""

    def __init__(self) -> None:
        """An empty memory of learned values."""
        self._learned: OrderedDict[str, str] = OrderedDict()  # value (lower case) -> placeholder
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def learn(self, *values: str, placeholder: str = ADDRESS) -> None:
        """Replace these exact values (case-insensitive) by `placeholder` in every text from now on.

        Values shorter than 4 characters and ciphertexts are ignored. The newest 2,000 are kept.
        """
        with self._lock:
            for value in values:
                value = value.strip().lower()
                if len(value) < _MIN_LEARNED or value.startswith("enc_"):
                    continue
                self._learned[value] = placeholder
                self._learned.move_to_end(value)
                while len(self._learned) > _MAX_LEARNED:
                    self._learned.popitem(last=False)
            self._pattern = None

    def learn_address(self, address: Address) -> None:
        """Learn the readable parts of a decrypted delivery address."""
        street_number = [f"{address.street}, {address.number}", f"{address.street} {address.number}"] \
            if address.street and address.number else []
        self.learn(address.formatted, address.street, address.complement, address.reference, *street_number)

    def learn_phone(self, phone: str) -> None:
        """Learn a decrypted phone number, as written and as bare digits."""
        self.learn(phone, "".join(c for c in phone if c.isdigit()), placeholder=PHONE)

    def redact(self, text: str) -> str:
        """`text` with every phone number, address, ciphertext and secret replaced by a placeholder."""
        if not text:
            return text
        text = _AUTHORIZATION.sub(lambda m: f"{m['key']}{SECRET}", text)
        text = _KEYED.sub(_keyed, text)
        text = _BEARER.sub(f"Bearer {SECRET}", text)
        text = _JWT.sub(SECRET, text)
        text = _ENC.sub(ENCRYPTED, text)
        text = _ADDRESS.sub(ADDRESS, text)
        text = _PHONE.sub(_phone, text)
        # Learned values last: replaced first, a learned street would leave its house number behind
        # for the address pattern, which no longer sees a street in front of it.
        learned = self._learned_pattern()
        if learned is not None:
            text = learned.sub(lambda m: self._learned.get(m.group(0).lower(), ADDRESS), text)
        return text

    def _learned_pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self._learned:
                alternatives = sorted(self._learned, key=len, reverse=True)
                self._pattern = re.compile("|".join(re.escape(v) for v in alternatives), re.IGNORECASE)
            return self._pattern


REDACTOR = Redactor()
"""The process-wide redactor the log filter uses; teach it what the app decrypts."""


def redact(text: str) -> str:
    """`REDACTOR.redact(text)`."""
    return REDACTOR.redact(text)
