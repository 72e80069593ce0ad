"""`?platform=` on the relay's polling, over real HTTP (SQLite, and PostgreSQL when configured).

Each app-side reader asks for its own platform's events only, so a tenant whose GoFood events
pile up still serves its Keeta Standard events at once, whatever the backlog.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from kds.relay.app import RelaySettings
from tests.integration.relay.conftest import Relay

KEETA, GOFOOD = ("keeta_std",), ("gofood",)


def ids(events: list[dict[str, Any]]) -> list[str]:
    """Each event's platform message id (Keeta `messageId`, GoFood `gofoodEventId`)."""
    return [e["metadata"].get("messageId") or e["metadata"]["gofoodEventId"] for e in events]


def test_each_platform_reads_only_its_own_events(relay: Relay) -> None:
    for send in (lambda: relay.send_keeta("a", "k-1"), lambda: relay.send_gofood("a", "g-1"),
                 lambda: relay.send_keeta("a", "k-2", order=2), lambda: relay.send_gofood("a", "g-2")):
        assert send().status_code == 200
    assert relay.send_gofood("b", "g-b").status_code == 200
    keeta = relay.events("a", KEETA)
    assert ids(keeta) == ["k-1", "k-2"] and {e["metadata"]["platform"] for e in keeta} == {"keeta_std"}
    assert ids(relay.events("a", GOFOOD)) == ["g-1", "g-2"]
    assert ids(relay.events("a", KEETA + GOFOOD)) == ids(relay.events("a")) == ["k-1", "g-1", "k-2", "g-2"]
    assert relay.events("b", KEETA) == []  # other tenants' events stay theirs
    # Acknowledgment is unchanged: by id, whatever the read that served the event.
    assert relay.ack("a", keeta).status_code == 202
    assert relay.events("a", KEETA) == []
    assert ids(relay.events("a")) == ["g-1", "g-2"]


def test_the_cap_counts_only_the_platforms_asked_for(relay: Relay) -> None:
    relay.restart(RelaySettings(max_events=3, recheck_interval=0.2, purge_interval=None))
    for i in range(5):
        assert relay.send_gofood("a", f"g-{i}").status_code == 200
    for i in range(2):
        assert relay.send_keeta("a", f"k-{i}", order=i + 1).status_code == 200
    assert ids(relay.events("a")) == ["g-0", "g-1", "g-2"]  # unfiltered: the GoFood backlog fills the poll
    assert ids(relay.events("a", KEETA)) == ["k-0", "k-1"]
    assert ids(relay.events("a", GOFOOD)) == ["g-0", "g-1", "g-2"]


@pytest.mark.parametrize("platforms", [("deliveroo",), ("",), ("KEETA_STD",), ("keeta_std", "nope")])
def test_an_unknown_platform_is_refused(relay: Relay, platforms: tuple[str, ...]) -> None:
    assert relay.send_keeta("a", "k-1").status_code == 200
    response = relay.poll("a", platforms=platforms)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() == {"title": "Bad Request", "status": 400}
    assert relay.poll("a", platforms=platforms, token="kdsr_wrong").status_code == 401  # auth comes first


def test_another_platforms_webhook_does_not_end_a_filtered_long_poll(relay: Relay) -> None:
    # A 5 s re-check: the answer below can only come from the in-process wake-up of the Keeta webhook.
    relay.restart(RelaySettings(recheck_interval=5.0, purge_interval=None))
    result: dict[str, Any] = {}
    waiter = threading.Thread(target=lambda: result.setdefault("response", relay.poll("a", 20, platforms=KEETA)))
    waiter.start()
    relay.wait_until_polling("a", "keeta_std")
    assert relay.send_gofood("a", "g-1").status_code == 200
    assert relay.send_gofood("a", "g-2").status_code == 200
    assert waiter.is_alive() and "response" not in result  # not answered (an empty 204) by the GoFood events
    assert relay.send_keeta("a", "k-1").status_code == 200
    waiter.join(30)
    response = result["response"]
    assert response.status_code == 200
    assert ids(response.json()) == ["k-1"]

