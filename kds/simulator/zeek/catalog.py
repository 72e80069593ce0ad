"""What the simulated Circle K sells: names by language, VND prices, combos, options, alcohol."""

from __future__ import annotations

from typing import Any

Names = dict[str, str]


def names(vi: str, en: str, zh: str = "") -> Names:
    """A name in the languages CKGo sends (no Chinese when `zh` is empty: the app falls back)."""
    found = {"vi": vi, "en": en}
    if zh:
        found["zh-HK"] = zh
    return found


SINGLES: tuple[dict[str, Any], ...] = (
    {"product_id": "P-2003", "name": names("Trà đào", "Peach tea", "蜜桃茶"), "price": 18000,
     "options": [{"name": names("Đá", "Ice"), "option_values": [
         {"name": names("Ít đá", "Less ice", "少冰"), "price_adjustment": 1, "price": 0}]}]},
    {"product_id": "P-1105", "name": names("Bánh mì xúc xích", "Sausage banh mi", "香腸法包"), "price": 25000},
    {"product_id": "P-1207", "name": names("Xôi gà", "Chicken sticky rice"), "price": 30000,
     "options": [{"name": names("Thêm", "Extra"), "option_values": [
         {"name": names("Thêm trứng", "Add egg", "加蛋"), "price_adjustment": 1, "price": 6000}]}]},
    {"product_id": "P-3050", "name": names("Bia Tiger lon 330ml", "Tiger beer can 330ml", "虎牌啤酒"),
     "price": 20000, "is_alcohol": True},
    {"product_id": "P-4100", "name": {"en": "Banana"}, "price": 15000},
)
"""Products sold alone."""

COMBOS: tuple[dict[str, Any], ...] = (
    {"product_id": "CB-0201", "name": names("Combo Cơm gà sốt cay", "Spicy chicken rice combo", "辣雞飯套餐"),
     "price": 69000,
     "combo_components": [
         {"name": names("Món chính", "Main"), "items": [
             {"product_id": "P-1001", "name": names("Cơm gà sốt cay", "Spicy chicken rice", "辣雞飯"),
              "quantity": 1, "price": 0}]},
         {"name": names("Nước uống", "Drink"), "items": [
             {"product_id": "P-2003", "name": names("Trà đào", "Peach tea", "蜜桃茶"), "quantity": 1, "price": 0}]}],
     "options": [
         {"name": names("Thêm", "Extra"), "option_values": [
             {"name": names("Thêm trứng ốp la", "Add fried egg", "加煎蛋"), "price_adjustment": 1, "price": 8000}]},
         {"name": names("Cỡ nước", "Drink size"), "option_values": [
             {"name": names("Size nhỏ", "Small size", "細杯"), "price_adjustment": 2, "price": 3000}]}]},
)
"""Combos with their chosen components and options."""

CUSTOMERS: tuple[tuple[str, str], ...] = (
    ("Nguyễn Thị Mai", "+84901234567"), ("Trần Văn Hùng", "+84912345678"), ("Lê Hoàng Anh", "+84987654321"),
)
"""Who orders (names and phones the app must mask and never log)."""

PAYMENTS = ("MOMO", "ZALOPAY", "CASH", "VISA")
