"""Reading the phone and address of self-delivery orders: when, how often, what is kept, what is never sent."""

from __future__ import annotations

import logging

import pytest

from kds.clock import FakeClock
from kds.domain.contact import ContactState
from kds.domain.events import EventKind
from kds.domain.order import OrderType
from kds.platforms.base import PlatformAuthError, PlatformRejectedError, PlatformTransientError
from kds.services.contacts import ContactService, ContactSettings
from kds.services.engine import Engine, EngineSettings
from kds.store.contacts import ContactRepository
from kds.store.db import Database
from kds.support.logs import RedactingFilter
from kds.support.redaction import Redactor
from tests.fakes.platform import FakePlatform

PHONE = "+55 11 98765-4321"
PLACE = "Condomínio Jardim das Flores, casa 7"  # no street word: only learning it can redact it


def own_order(fake: FakePlatform, **kwargs: object):
    order = fake.add_order(type=OrderType.SELF_DELIVERY, **kwargs)
    assert order.address is not None
    fake.plain = {order.customer.phone: PHONE, order.address.formatted: PLACE,
                  order.address.number: "1500", order.address.complement: "Apto 42"}
    return order


async def poll(engine: Engine, fake: FakePlatform) -> None:
    """One poll, past the fake platform's rate-limit window (2 a minute), so it never waits."""
    clock = engine.clock
    assert isinstance(clock, FakeClock)
    clock.advance(61)
    await engine.pollers[fake.platform].poll_once()


async def accept(engine: Engine, fake: FakePlatform, order_id: str) -> None:
    fake.push(order_id, EventKind.ACCEPTED)
    await poll(engine, fake)


async def test_self_delivery_order_is_decrypted_once_accepted(engine: Engine, fake: FakePlatform) -> None:
    order = own_order(fake)
    await poll(engine, fake)
    await engine.contacts.run_due()
    assert fake.decrypts == []  # not before acceptance: the restaurant may still turn it down
    seen = []
    engine.bus.subscribe(seen.append)
    await accept(engine, fake, order.key.order_id)
    changes = await engine.contacts.run_due()
    assert order.key in changes.contacts and any(order.key in c.contacts for c in seen)
    ((key, texts),) = fake.decrypts
    assert key == order.key and set(texts) == set(fake.plain)
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and ticket.contact is not None and ticket.contact.state is ContactState.DONE
    assert ticket.order.customer.phone == PHONE
    assert ticket.order.address is not None and ticket.order.address.complement == "Apto 42"
    assert ticket.order.address.formatted == PLACE
    assert ticket.order.address.street == "Rua Augusta"  # fields that were never encrypted stay
    # The stored order keeps the platform's ciphertexts; the plain text lives apart.
    stored = engine.orders.orders.get(order.key)
    assert stored is not None and stored.order.customer.phone == order.customer.phone
    await engine.contacts.run_due()
    assert len(fake.decrypts) == 1


async def test_platform_delivered_and_pickup_orders_are_never_decrypted(engine: Engine, fake: FakePlatform,
                                                                        db: Database) -> None:
    delivered = fake.add_order(type=OrderType.DELIVERY)
    pickup = fake.add_order(type=OrderType.PICKUP)
    await poll(engine, fake)
    for order in (delivered, pickup):
        await accept(engine, fake, order.key.order_id)
    engine.contacts.catch_up()
    await engine.contacts.run_due()
    assert fake.decrypts == []
    assert ContactRepository(db).count() == 0  # nothing written for them, not even a state
    ticket = engine.orders.ticket(delivered.key)
    assert ticket is not None and ticket.contact is None and ticket.order.customer.phone.startswith("ENC_")


async def test_transient_failures_are_retried_with_backoff_and_survive_a_restart(
        db: Database, fake: FakePlatform, clock: FakeClock) -> None:
    engine = Engine(db, [fake], clock, EngineSettings(contacts=ContactSettings(base_backoff=10)))
    order = own_order(fake)
    await poll(engine, fake)
    fake.fail_decrypt += [PlatformTransientError("HTTP 503", status=503), PlatformAuthError("token refused")]
    await accept(engine, fake, order.key.order_id)
    await engine.contacts.run_due()
    record = ContactRepository(db).get(order.key)
    assert record is not None and record.contact.state is ContactState.PENDING and record.attempts == 1
    assert record.last_error == "HTTP 503" and record.next_attempt is not None
    await engine.contacts.run_due()
    assert len(fake.decrypts) == 1  # not due yet
    # A restart: a new engine on the same store picks the pending contact up.
    engine = Engine(db, [fake], clock, EngineSettings(contacts=ContactSettings(base_backoff=10)))
    engine.contacts.catch_up()
    clock.advance(10)
    await engine.contacts.run_due()
    assert len(fake.decrypts) == 2  # the auth failure: tried again later too
    clock.advance(20)
    await engine.contacts.run_due()
    assert len(fake.decrypts) == 3
    record = ContactRepository(db).get(order.key)
    assert record is not None and record.contact.state is ContactState.DONE and record.contact.phone == PHONE


async def test_a_refusal_is_final_and_the_order_stays_readable(engine: Engine, fake: FakePlatform) -> None:
    order = own_order(fake)
    await poll(engine, fake)
    fake.fail_decrypt.append(PlatformRejectedError("not a self-delivery order"))
    await accept(engine, fake, order.key.order_id)
    changes = await engine.contacts.run_due()
    assert order.key in changes.contacts
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and ticket.contact is not None and ticket.contact.state is ContactState.FAILED
    assert ticket.contact.settled and ticket.order.customer.phone == order.customer.phone
    await engine.contacts.run_due()
    assert len(fake.decrypts) == 1


async def test_partly_decrypted_contacts_keep_what_was_read_and_give_up_in_the_end(
        db: Database, fake: FakePlatform, clock: FakeClock) -> None:
    engine = Engine(db, [fake], clock, EngineSettings(contacts=ContactSettings(max_attempts=3, base_backoff=1)))
    order = own_order(fake)
    assert order.address is not None
    fake.plain = {order.customer.phone: PHONE}  # the platform only ever decrypts the phone
    fake.orders[order.key.order_id] = order
    await poll(engine, fake)
    await accept(engine, fake, order.key.order_id)
    for _ in range(3):
        await engine.contacts.run_due()
        clock.advance(10)
    record = ContactRepository(db).get(order.key)
    assert record is not None and record.attempts == 3 and record.contact.state is ContactState.FAILED
    assert record.contact.phone == PHONE and record.contact.address is not None
    assert record.contact.address.encrypted  # never shown as if it were readable
    assert len(fake.decrypts) == 3


async def test_a_cancelled_order_is_not_decrypted(engine: Engine, fake: FakePlatform) -> None:
    order = own_order(fake)
    await poll(engine, fake)
    await accept(engine, fake, order.key.order_id)
    fake.push(order.key.order_id, EventKind.CANCELLED)
    await poll(engine, fake)
    await engine.contacts.run_due()
    assert fake.decrypts == []
    record = engine.contacts.contacts.get(order.key)
    assert record is not None and record.contact.state is ContactState.FAILED


async def test_an_acceptance_missed_by_a_crash_is_caught_up(db: Database, fake: FakePlatform,
                                                            clock: FakeClock) -> None:
    engine = Engine(db, [fake], clock)
    order = own_order(fake)
    await poll(engine, fake)
    engine.contacts.close()  # as if the process died before the listener saw the acceptance
    await accept(engine, fake, order.key.order_id)
    assert ContactRepository(db).get(order.key) is None
    service = ContactService({fake.platform: fake}, db, clock, engine.bus)
    service.catch_up()
    await service.run_due()
    assert len(fake.decrypts) == 1


async def test_decrypted_values_never_reach_a_log(engine: Engine, fake: FakePlatform,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    order = own_order(fake)
    await poll(engine, fake)
    await accept(engine, fake, order.key.order_id)
    with caplog.at_level(logging.DEBUG):
        await engine.contacts.run_due()
    assert PHONE not in caplog.text and PLACE not in caplog.text and "Apto 42" not in caplog.text
    assert Redactor().redact(PLACE) == PLACE  # the shapes alone would let it through...
    # ... but a careless log line carrying it later is redacted: the reader taught the redactor.
    record = logging.LogRecord("kds.test", logging.INFO, __file__, 1, "calling %s at %s", (PHONE, PLACE), None)
    RedactingFilter().filter(record)
    assert PHONE not in record.getMessage() and "Jardim das Flores" not in record.getMessage()


async def test_the_contact_goes_with_its_order(engine: Engine, fake: FakePlatform, db: Database) -> None:
    order = own_order(fake)
    await poll(engine, fake)
    await accept(engine, fake, order.key.order_id)
    await engine.contacts.run_due()
    assert ContactRepository(db).count() == 1
    db.conn.execute("DELETE FROM orders WHERE platform=? AND order_id=?",
                    (order.key.platform.value, order.key.order_id))
    assert ContactRepository(db).count() == 0
