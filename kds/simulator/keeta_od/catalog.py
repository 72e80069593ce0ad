"""The generator's menu, people and places: a Brazilian kitchen with a Cantonese corner.

Prices are strings so they become exact `Decimal`s. Names mix Portuguese and Chinese on purpose:
tickets, receipts and the printer's CJK raster path must cope with both in one order.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """An add-on that can be chosen for a dish (price per unit of the option)."""

    name: str
    price: Decimal
    code: str


@dataclass(frozen=True, slots=True)
class DishSpec:
    """A dish on the menu with the add-ons it offers."""

    name: str
    price: Decimal
    code: str
    options: tuple[OptionSpec, ...] = ()


def _o(name: str, price: str, code: str) -> OptionSpec:
    return OptionSpec(name, Decimal(price), code)


def _d(name: str, price: str, code: str, *options: OptionSpec) -> DishSpec:
    return DishSpec(name, Decimal(price), code, options)


_GRANOLA = _o("Granola", "2.00", "OPT-GRANOLA")
_CONDENSED = _o("Leite condensado", "1.50", "OPT-LEITE-COND")
_BANANA = _o("Banana", "2.50", "OPT-BANANA")
_CHEESE = _o("Queijo extra", "3.90", "OPT-QUEIJO")
_BACON = _o("Bacon", "4.50", "OPT-BACON")
_CATUPIRY = _o("Catupiry", "3.00", "OPT-CATUPIRY")
_FAROFA = _o("Farofa extra", "2.00", "OPT-FAROFA")
_SPICY = _o("加辣 (extra picante)", "0.00", "OPT-SPICY")
_EGG = _o("加蛋 荷包蛋", "3.50", "OPT-EGG")
_PEARLS = _o("珍珠加量", "3.00", "OPT-PEARLS")
_LESS_ICE = _o("少冰", "0.00", "OPT-LESS-ICE")
_HALF_SUGAR = _o("半糖", "0.00", "OPT-HALF-SUGAR")

MENU: tuple[DishSpec, ...] = (
    _d("Açaí 500ml", "24.90", "ACAI-500", _GRANOLA, _CONDENSED, _BANANA),
    _d("Açaí 300ml", "17.90", "ACAI-300", _GRANOLA, _CONDENSED),
    _d("Pão de queijo (6 un)", "14.50", "PAO-QUEIJO-6", _CATUPIRY),
    _d("Coxinha de frango", "8.90", "COXINHA", _CATUPIRY),
    _d("Feijoada completa", "49.90", "FEIJOADA", _FAROFA, _BACON),
    _d("X-Tudo", "32.00", "X-TUDO", _CHEESE, _BACON, _EGG),
    _d("Pastel de carne", "11.00", "PASTEL-CARNE", _CHEESE),
    _d("Moqueca de peixe", "62.00", "MOQUECA", _FAROFA),
    _d("Brigadeiro (4 un)", "12.00", "BRIGADEIRO-4"),
    _d("Guaraná Antarctica 350ml", "6.50", "GUARANA-350"),
    _d("Caldo de cana 500ml", "9.00", "CALDO-CANA"),
    _d("宫保鸡丁", "38.90", "KUNG-PAO", _SPICY, _EGG),
    _d("叉烧饭", "34.50", "CHAR-SIU-RICE", _EGG),
    _d("珍珠奶茶", "18.00", "BOBA-TEA", _PEARLS, _LESS_ICE, _HALF_SUGAR),
    _d("麻婆豆腐", "29.90", "MAPO-TOFU", _SPICY),
    _d("饺子 (10 un)", "27.00", "JIAOZI-10", _SPICY),
    _d("小笼包 (8 un)", "31.00", "XLB-8"),
)

# Notes a customer types; the allergy ones must stand out on the ticket.
ITEM_NOTES: tuple[str, ...] = (
    "ALLERGY: peanuts",
    "ALLERGY: shellfish",
    "ALLERGY: lactose — sem leite",
    "Sem cebola, por favor",
    "Bem passado",
    "Molho à parte",
    "不要香菜",
    "少油少盐",
)

CUSTOMER_NAMES: tuple[str, ...] = (
    "Maria Silva", "João Pereira", "Ana Souza", "Lucas Oliveira", "Beatriz Costa",
    "Gabriel Santos", "Juliana Rodrigues", "Rafael Almeida", "Camila Ferreira", "Thiago Lima",
    "李伟", "王芳", "陈静", "张敏", "Chen Wei Lin",
)


@dataclass(frozen=True, slots=True)
class Place:
    """A delivery address in São Paulo (streets are real, numbers are not)."""

    street: str
    district: str
    postal_code: str
    latitude: float
    longitude: float


PLACES: tuple[Place, ...] = (
    Place("Avenida Paulista", "Bela Vista", "01310-100", -23.56141, -46.65588),
    Place("Rua Augusta", "Consolação", "01305-000", -23.55302, -46.65461),
    Place("Rua Galvão Bueno", "Liberdade", "01506-000", -23.55863, -46.63487),
    Place("Avenida Ibirapuera", "Moema", "04029-200", -23.60082, -46.66581),
    Place("Rua Oscar Freire", "Jardins", "01426-001", -23.56247, -46.66904),
    Place("Rua dos Pinheiros", "Pinheiros", "05422-001", -23.56556, -46.68202),
)

COMPLEMENTS: tuple[str, ...] = ("", "Apto 31, Bloco B", "Casa 2", "Fundos", "Sala 1204")

ORDER_NOTES: tuple[str, ...] = ("", "", "Tocar a campainha", "Deixar na portaria", "请打电话 on arrival")

REFUND_REASONS: tuple[str, ...] = (
    "Item faltando no pedido",
    "Comida chegou fria",
    "Pedido errado",
    "Embalagem violada",
)

CANCEL_REASONS: tuple[str, ...] = (
    "Cliente desistiu do pedido",
    "Demora na entrega",
    "Pedido feito por engano",
)


def dish_named(name: str) -> DishSpec:
    """The menu dish called `name` (raises `KeyError` when there is none)."""
    for dish in MENU:
        if dish.name == name:
            return dish
    raise KeyError(name)
