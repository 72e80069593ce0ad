"""The generator's menu and people: a Hong Kong cha chaan teng, prices in HKD cents.

Prices are integer minor units, as Keeta's Standard API sends them. Names mix Chinese and English
on purpose: tickets and the printer's CJK path must cope with both in one order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AttrSpec:
    """An option of a dish; `price` in cents per unit of the dish."""

    name: str
    price: int


@dataclass(frozen=True, slots=True)
class DishSpec:
    """A dish: name, size (`spec`), price in cents, SPU/SKU ids and the options it offers."""

    name: str
    price: int
    spu_id: int
    sku_id: int
    spec: str = ""
    attrs: tuple[AttrSpec, ...] = ()


_HOT = AttrSpec("熱 Hot", 0)
_ICED = AttrSpec("凍 Iced (+$3)", 300)
_LESS_SWEET = AttrSpec("少甜 Less sweet", 0)
_EGG = AttrSpec("加蛋 Extra egg", 800)
_CHEESE = AttrSpec("加芝士 Cheese", 600)
_SPICY = AttrSpec("辣 Spicy", 0)
_NOODLE_SWAP = AttrSpec("轉公仔麵 Instant noodles", 300)

MENU: tuple[DishSpec, ...] = (
    DishSpec("菠蘿油 Pineapple bun with butter", 1400, 7001, 17001),
    DishSpec("港式奶茶 HK milk tea", 2000, 7002, 17002, "", (_HOT, _ICED, _LESS_SWEET)),
    DishSpec("鴛鴦 Yuenyeung", 2100, 7003, 17003, "", (_HOT, _ICED)),
    DishSpec("西多士 French toast", 3200, 7004, 17004, "", (_CHEESE,)),
    DishSpec("餐蛋麵 Spam & egg noodles", 4200, 7005, 17005, "", (_EGG, _NOODLE_SWAP)),
    DishSpec("叉燒飯 Char siu rice", 5800, 7006, 17006, "", (_EGG,)),
    DishSpec("乾炒牛河 Beef chow fun", 7200, 7007, 17007, "", (_SPICY,)),
    DishSpec("雲吞麵 Wonton noodles", 4800, 7008, 17008, "大 Large"),
    DishSpec("雲吞麵 Wonton noodles", 3800, 7008, 17009, "細 Small"),
    DishSpec("咖喱魚蛋 Curry fish balls", 2800, 7010, 17010, "", (_SPICY,)),
    DishSpec("焗豬扒飯 Baked pork chop rice", 7800, 7011, 17011, "", (_CHEESE,)),
    DishSpec("蛋撻 Egg tart (2)", 1800, 7012, 17012),
    DishSpec("檸檬茶 Lemon tea", 2200, 7013, 17013, "", (_ICED, _LESS_SWEET)),
)

ITEM_NOTES: tuple[str, ...] = ("ALLERGY: peanuts 花生過敏", "走蔥 No spring onion", "少鹽 Less salt",
                               "ALLERGY: shellfish", "汁另上 Sauce on the side")

CUSTOMER_NAMES: tuple[str, ...] = ("陳先生", "Ms Wong", "李小姐", "Mr Chan", "Tam Ka Yan", "張太", "Mr Lee",
                                   "Priya S.", "黃生", "Cheung Wai")

PLACES: tuple[tuple[str, float, float], ...] = (
    ("Nathan Road, Tsim Sha Tsui", 22.29826, 114.17218),
    ("Hennessy Road, Wan Chai", 22.27788, 114.17480),
    ("Queen's Road Central, Central", 22.28259, 114.15540),
    ("Sai Yeung Choi Street South, Mong Kok", 22.31891, 114.16965),
    ("King's Road, North Point", 22.29109, 114.19902),
)

ORDER_NOTES: tuple[str, ...] = ("", "", "唔該快啲 Please hurry", "No cutlery needed", "Call on arrival 到咗打電話")

REFUND_REASONS: tuple[str, ...] = ("Item missing 漏咗嘢", "Food arrived cold", "Wrong item", "Spilled drink")
