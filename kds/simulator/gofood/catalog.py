"""What the simulated outlet sells, who orders and who rides: Jakarta names, prices in whole rupiah."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Dish:
    """A menu item: its name, its price in rupiah, the variants a customer may choose."""

    name: str
    price: int
    variants: tuple[str, ...] = ()


MENU = (
    Dish("Nasi goreng spesial", 32000, ("Pedas", "Tidak pedas", "Telur mata sapi")),
    Dish("Mie ayam bakso", 27000, ("Pangsit goreng", "Tanpa sawi")),
    Dish("Sate ayam (10 tusuk)", 35000, ("Lontong", "Nasi putih")),
    Dish("Soto Betawi", 38000, ("Nasi putih", "Emping")),
    Dish("Gado-gado", 25000, ("Pedas sedang", "Tanpa kerupuk")),
    Dish("Ayam geprek", 24000, ("Level 1", "Level 3", "Level 5")),
    Dish("Nasi uduk komplit", 28000),
    Dish("Es teh manis", 8000, ("Less sugar", "Tanpa es")),
    Dish("Es jeruk", 12000, ("Tanpa es",)),
    Dish("Kopi susu gula aren", 22000, ("Extra shot", "Less ice")),
    Dish("Pisang goreng keju", 18000),
)
"""The outlet's menu."""

NOTES = ("Sambal dipisah ya", "Jangan pakai bawang", "Tolong kasih sendok", "Kuahnya dipisah", "Pedas banget")
"""Notes customers write on an item."""

CUSTOMERS = ("Andi Pratama", "Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Rizky Hidayat", "Putri Ayu",
             "Agus Setiawan", "Nur Aisyah")
"""Customer names."""

DRIVERS = ("Joko Susilo", "Wahyu Nugroho", "Hendra Kurniawan", "Eko Saputra", "Dedi Firmansyah")
"""GoFood riders' names."""

CUSTOMER_CANCEL_REASONS = ("CUSTOMER_CANCELLED", "CUSTOMER_CHANGED_MIND")
"""`cancellation_detail.reason` of an order its customer cancelled (GoFood's words are not published [I])."""

TIMEOUT_REASON = "MERCHANT_DID_NOT_RESPOND"
"""`cancellation_detail.reason` of an order nobody accepted within manual acceptance's 3 minutes [I]."""


def dish(name: str) -> Dish:
    """The menu item called `name`.

    Raises:
        KeyError: no such item.
    """
    for found in MENU:
        if found.name == name:
            return found
    raise KeyError(name)
