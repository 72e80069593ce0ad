"""The contact table: only for self-delivery orders, and gone with the order (with its print jobs)."""

from __future__ import annotations

from datetime import UTC, datetime

from kds.domain.contact import Contact, ContactState
from kds.domain.order import Address, OrderType
from kds.domain.states import OrderStatus
from kds.store.connect import open_database
from kds.store.contacts import ContactRepository
from kds.store.orders import OrderRepository
from kds.store.print_jobs import PrintJobRepository
from tests.fakes.platform import make_order

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_only_self_delivery_orders_with_ciphertexts_get_a_row(store_target: str) -> None:
    db = open_database(store_target)
    orders, contacts = OrderRepository(db), ContactRepository(db)
    own = make_order(type=OrderType.SELF_DELIVERY, created_at=NOW)
    plain = make_order(type=OrderType.SELF_DELIVERY, created_at=NOW, phone="11 99999-0000",
                       address=Address(formatted="Rua Augusta, 10"))
    rider = make_order(type=OrderType.DELIVERY, created_at=NOW)
    for order in (own, plain, rider):
        orders.save(order, OrderStatus(), {}, NOW)
    assert [contacts.request(o, NOW) for o in (own, plain, rider)] == [True, False, False]
    assert contacts.request(own, NOW) is False  # asked once
    assert contacts.count() == 1
    address = Address(formatted="Rua Augusta, 1500", complement="Apto 42")
    contacts.save(own.key, Contact(ContactState.DONE, "+55 11 98765-4321", address), NOW, attempts=1)
    record = contacts.get(own.key)
    assert record is not None and record.contact == Contact(ContactState.DONE, "+55 11 98765-4321", address)
    assert contacts.for_orders([own.key, rider.key]) == {own.key: record.contact}
    db.close()


def test_deleting_an_order_deletes_its_contact_and_print_jobs(store_target: str) -> None:
    db = open_database(store_target)
    orders, contacts, ledger = OrderRepository(db), ContactRepository(db), PrintJobRepository(db)
    own, other = (make_order(type=OrderType.SELF_DELIVERY, created_at=NOW) for _ in range(2))
    for order in (own, other):
        orders.save(order, OrderStatus(), {}, NOW)
        contacts.request(order, NOW)
        ledger.add(order_key=str(order.key), kind="receipt", revision="1", route="counter", printer="counter",
                   document="{}", title="Receipt", auto=True, now=NOW)
    orders.save(own, OrderStatus(), {"again": True}, NOW)  # an update of the order keeps its contact
    assert contacts.get(own.key) is not None
    db.conn.execute("DELETE FROM orders WHERE platform=? AND order_id=?", (own.key.platform.value, own.key.order_id))
    assert contacts.get(own.key) is None and ledger.for_order(str(own.key)) == []
    assert contacts.get(other.key) is not None and len(ledger.for_order(str(other.key))) == 1
    db.close()
