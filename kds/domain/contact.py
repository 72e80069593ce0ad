"""The customer's phone and address of a self-delivery order, once the platform decrypted them.

Platforms send a customer's phone and address as `ENC_` ciphertexts and decrypt them (batchDecrypt)
only for orders the restaurant delivers itself. The stored order keeps the ciphertexts; the plain
texts live apart (`kds.store.contacts`), are deleted with the order, and are merged into the order
only to show and print it (`with_contact`). Nothing here is ever logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from kds.domain.order import Address, Order, OrderType, is_encrypted

_ADDRESS_FIELDS = ("formatted", "street", "number", "complement", "district", "city", "postal_code", "reference")


class ContactState(StrEnum):
    """Where reading the contact of an order stands."""

    PENDING = "pending"  # waiting for (the next attempt at) batchDecrypt
    DONE = "done"  # every ciphertext was decrypted
    FAILED = "failed"  # gave up: the platform refused, or kept failing


@dataclass(frozen=True, slots=True)
class Contact:
    """The plain phone and address of a self-delivery order (empty until decrypted)."""

    state: ContactState = ContactState.PENDING
    phone: str = ""
    address: Address | None = None

    @property
    def readable(self) -> bool:
        """True when there is a plain phone or address to show."""
        return bool(self.phone) or (self.address is not None and not self.address.encrypted)

    @property
    def settled(self) -> bool:
        """True when no more attempts are coming (done or given up): the receipt can print."""
        return self.state is not ContactState.PENDING


def needs_decryption(order: Order) -> bool:
    """True for a self-delivery order with ciphertexts in its phone or address.

    Only these orders are ever sent to batchDecrypt: the platforms refuse the others, and their
    customers' data is none of the restaurant's business.
    """
    return order.type is OrderType.SELF_DELIVERY and bool(encrypted_texts(order))


def encrypted_texts(order: Order) -> list[str]:
    """The distinct `ENC_` texts of an order's phone and address, in a stable order."""
    values = [order.customer.phone]
    if order.address is not None:
        values += [getattr(order.address, name) for name in _ADDRESS_FIELDS]
    return list(dict.fromkeys(v for v in values if is_encrypted(v)))


def decrypted(order: Order, plain: Mapping[str, str]) -> tuple[str, Address | None]:
    """The order's phone and address with every ciphertext found in `plain` replaced by its text.

    A ciphertext not in `plain` stays as it is (still encrypted).
    """
    def read(value: str) -> str:
        return plain.get(value, value) if is_encrypted(value) else value

    address = order.address
    if address is not None:
        address = replace(address, **{name: read(getattr(address, name)) for name in _ADDRESS_FIELDS})
    return read(order.customer.phone), address


def with_contact(order: Order, contact: Contact | None) -> Order:
    """`order` as staff see and print it: the decrypted phone and address of a self-delivery order.

    Never store the result: the store keeps the order as the platform sent it.
    """
    if contact is None or order.type is not OrderType.SELF_DELIVERY or not contact.readable:
        return order
    customer = replace(order.customer, phone=contact.phone) if contact.phone else order.customer
    address = contact.address if contact.address is not None and not contact.address.encrypted else order.address
    return replace(order, customer=customer, address=address)


def address_text(address: Address | None) -> str:
    """One line of a readable address: the formatted one, else its parts; "" while encrypted."""
    if address is None or address.encrypted:
        return ""
    text = address.formatted or ", ".join(p for p in (address.street, address.number, address.district,
                                                      address.city) if p)
    if address.number and address.number not in text:  # Keeta Standard: the floor and flat
        text = f"{address.number}, {text}"
    if address.complement and address.complement not in text:
        text += f" — {address.complement}"
    if address.reference:
        text += f" ({address.reference})"
    return text
