"""GoBiz's endpoints as the simulator answers them: the OAuth token, the three order actions and the outlet switch.

Judged as strictly as GoBiz would (and where it does not say, strictly, so a careless client shows):

- `POST /oauth2/token`: HTTP Basic with the client id and secret (401 otherwise), a form with
  `grant_type=client_credentials` (400) and a `scope` naming the order scopes (400 `invalid_scope`:
  without one GoBiz grants nothing). The token lasts `token_lifetime` seconds.
- `PUT /integrations/gofood/outlets/{outlet_id}/v1/orders/{order_type}/{order_id}/{accepted|cancelled|food-prepared}`:
  a live bearer token (401), this outlet and a known order (404), the order's own `order_type`
  (400), for `cancelled` a known `cancel_reason_code` and a description of at least 3 characters
  (400), then the order's state (409: accept and reject only while it awaits acceptance,
  food-prepared once, while it is accepted and not yet taken). A 409 says what the order already
  is in GoBiz's words ("Order already accepted", "Order already cancelled").
- `PATCH /integrations/gofood/outlets/{outlet_id}/v1/properties`: a live token (401), this outlet
  (404) and exactly `{"force_close": true|false}` (400 for anything else).

Answers are `{"success": true, "data": {}}` or `{"success": false, "errors": [{"message_title", "message"}]}`.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs

from kds.simulator.gofood.config import SCOPES
from kds.simulator.gofood.state import ACCEPTED, AWAITING, CANCELLED, COMPLETED, PLACED, ActionCall, GoFoodSimState

CANCEL_CODES = frozenset({"HIGH_DEMAND", "RESTAURANT_CLOSED", "ITEMS_OUT_OF_STOCK", "OTHERS"})
ACTIONS = ("accepted", "cancelled", "food-prepared")


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP answer: status and JSON body."""

    status: int
    body: dict[str, Any]

    @property
    def content(self) -> bytes:
        """The body as sent."""
        return json.dumps(self.body).encode()


def ok() -> Answer:
    """GoBiz's success."""
    return Answer(200, {"success": True, "data": {}})


def fail(status: int, title: str, message: str) -> Answer:
    """GoBiz's failure."""
    return Answer(status, {"success": False, "errors": [{"message_title": title, "message": message}]})


def token(state: GoFoodSimState, authorization: str, body: bytes) -> Answer:
    """`POST /oauth2/token`."""
    config = state.config
    expected = base64.b64encode(f"{config.client_id}:{config.client_secret}".encode()).decode()
    given = authorization.removeprefix("Basic ").strip() if authorization.startswith("Basic ") else ""
    try:
        matches = secrets.compare_digest(base64.b64decode(given, validate=True), base64.b64decode(expected))
    except (binascii.Error, ValueError):
        matches = False
    if not matches:
        return Answer(401, {"error": "invalid_client"})
    form = parse_qs(body.decode("utf-8", "replace"))
    if form.get("grant_type") != ["client_credentials"]:
        return Answer(400, {"error": "unsupported_grant_type"})
    scopes = set(" ".join(form.get("scope", [])).split())
    if not set(SCOPES) <= scopes:
        return Answer(400, {"error": "invalid_scope", "error_description": "the order scopes were not asked for"})
    with state.lock:
        now = state.tick()
        value = secrets.token_urlsafe(24)
        state.tokens[value] = now + timedelta(seconds=config.token_lifetime)
        state.tokens_issued += 1
    return Answer(200, {"access_token": value, "expires_in": config.token_lifetime, "token_type": "bearer",
                        "scope": " ".join(sorted(scopes))})


def order_action(state: GoFoodSimState, authorization: str, outlet_id: str, order_type: str, order_id: str,
                 action: str, body: bytes) -> Answer:
    """`PUT …/v1/orders/{order_type}/{order_id}/{action}`; the call is recorded whatever the answer."""
    with state.lock:
        now = state.tick()
        parsed: dict[str, Any] | None = None
        if body.strip():
            try:
                loaded = json.loads(body)
            except ValueError:
                loaded = None
            parsed = loaded if isinstance(loaded, dict) else {"unreadable": body.decode("utf-8", "replace")}
        answer = _judge(state, authorization, outlet_id, order_type, order_id, action, parsed)
        state.record_call(ActionCall(now, order_id, action, parsed, answer.status))
        return answer


def _judge(state: GoFoodSimState, authorization: str, outlet_id: str, order_type: str, order_id: str, action: str,
           body: dict[str, Any] | None) -> Answer:
    now = state.now()
    bearer = authorization.removeprefix("Bearer ").strip() if authorization.startswith("Bearer ") else ""
    expiry = state.tokens.get(bearer)
    if expiry is None or expiry <= now:
        return fail(401, "Unauthorized", "The access token is invalid or has expired")
    order = state.orders.get(order_id)
    if order is None or outlet_id != (order.outlet or state.config.outlet_id) or action not in ACTIONS:
        return fail(404, "Not found", "No such order for this outlet")
    if order_type != order.order_type:
        return fail(400, "Invalid order type", f"The order is a {order.order_type} order")
    if action == "cancelled":
        code = (body or {}).get("cancel_reason_code")
        text = (body or {}).get("cancel_reason_description")
        if code not in CANCEL_CODES:
            return fail(400, "Invalid request", "cancel_reason_code is not one of " + ", ".join(sorted(CANCEL_CODES)))
        if not isinstance(text, str) or len(text.strip()) < 3:
            return fail(400, "Invalid request", "cancel_reason_description must be at least 3 characters")
    wrong = _wrong_state(order.status, order.prepared, action)
    if wrong:
        return fail(409, wrong, f"The order {order.number} cannot be {action.replace('-', ' ')} now")
    if action == "accepted":
        state.accept(order, now)
    elif action == "cancelled":
        state.reject(order, now, str((body or {}).get("cancel_reason_code")))
    else:
        state.food_prepared(order, now)
    return ok()


def outlet_properties(state: GoFoodSimState, authorization: str, outlet_id: str, body: bytes) -> Answer:
    """`PATCH /integrations/gofood/outlets/{outlet_id}/v1/properties`: `{"force_close": bool}` and nothing else."""
    with state.lock:
        now = state.tick()
        try:
            parsed = json.loads(body) if body.strip() else None
        except ValueError:
            parsed = None
        bearer = authorization.removeprefix("Bearer ").strip() if authorization.startswith("Bearer ") else ""
        expiry = state.tokens.get(bearer)
        if expiry is None or expiry <= now:
            answer = fail(401, "Unauthorized", "The access token is invalid or has expired")
        elif outlet_id != state.config.outlet_id:
            answer = fail(404, "Not found", "No such outlet")
        elif not isinstance(parsed, dict) or set(parsed) != {"force_close"} or not isinstance(parsed["force_close"],
                                                                                               bool):
            answer = fail(400, "Invalid request", "the body is {\"force_close\": true|false}")
        else:
            state.force_closed = parsed["force_close"]
            answer = ok()
        state.property_calls.append((now, parsed, answer.status))
        return answer


def _wrong_state(status: str, prepared: bool, action: str) -> str:
    """GoBiz's title for an action the order's state does not allow ("" when it does)."""
    already = {ACCEPTED: "Order already accepted", CANCELLED: "Order already cancelled",
               PLACED: "Order already picked up", COMPLETED: "Order already completed"}
    if action in ("accepted", "cancelled"):
        return "" if status == AWAITING else already[status]
    if status == AWAITING:
        return "Order is not accepted yet"
    if status != ACCEPTED:
        return already[status]
    return "Food already prepared" if prepared else ""
