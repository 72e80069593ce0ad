"""The restaurant's own riders, as a staff action carries them to a platform.

A rider travels in `ActionRequest.extra` as plain strings (`to_extra` / `from_extra`), so the
outbox can store it with the action and each adapter translates it into its platform's shape:
Keeta Standard's `courierInfo`, Open Delivery's `deliveryTrackingInfo`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Vehicle(StrEnum):
    """How a rider travels. Each adapter maps these onto its platform's vehicle enum."""

    MOTORBIKE = "motorbike"
    SCOOTER = "scooter"
    BICYCLE = "bicycle"
    CAR = "car"
    ON_FOOT = "on_foot"


# International calling codes of the markets KDS serves, longest first. Written out rather than
# taken from a phone-number library: splitting off the code is all the platforms need, and E.164
# codes are prefix-free, so the first match is the only one.
_CALLING_CODES = ("852", "853", "855", "856", "880", "886", "966", "971", "973", "974", "965", "968",
                  "55", "62", "84", "66", "86", "60", "65", "63", "81", "82", "91", "44", "1")


@dataclass(frozen=True, slots=True)
class Rider:
    """One of the restaurant's riders: what staff pick when an order leaves."""

    id: int
    name: str
    phone: str = ""
    vehicle: Vehicle = Vehicle.MOTORBIKE
    plate: str = ""

    def to_extra(self) -> dict[str, str]:
        """The rider as `ActionRequest.extra` strings."""
        return {"rider_id": str(self.id), "rider_name": self.name, "rider_phone": self.phone,
                "rider_vehicle": self.vehicle.value, "rider_plate": self.plate}

    @classmethod
    def from_extra(cls, extra: Mapping[str, object]) -> Rider | None:
        """Inverse of `to_extra`; None when `extra` names no rider."""
        name = str(extra.get("rider_name", "")).strip()
        if not name:
            return None
        raw_id = str(extra.get("rider_id", "")).strip()
        try:
            vehicle = Vehicle(str(extra.get("rider_vehicle", Vehicle.MOTORBIKE.value)))
        except ValueError:
            vehicle = Vehicle.MOTORBIKE
        return cls(id=int(raw_id) if raw_id.isdigit() else 0, name=name, phone=str(extra.get("rider_phone", "")),
                   vehicle=vehicle, plate=str(extra.get("rider_plate", "")))


def split_phone(phone: str) -> tuple[str, str]:
    """`("+852", "61234567")` for "+852 6123 4567"; `("", "61234567")` without a known calling code.

    Keeta Standard wants the international dialling code apart from the number.
    """
    text = phone.strip()
    digits = "".join(c for c in text if c.isdigit())
    if not text.startswith("+") and not text.startswith("00"):
        return "", digits
    if text.startswith("00"):
        digits = digits[2:]
    code = next((c for c in _CALLING_CODES if digits.startswith(c)), "")
    return (f"+{code}", digits[len(code):]) if code else ("", digits)
