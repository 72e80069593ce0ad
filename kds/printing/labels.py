"""The printed words and times of every language a printer can print in, without Qt.

Printing runs in printer threads and in `kds print`, where Qt's translators are not available (and
`kds.printing` must not import Qt), so the words a ticket prints come from this table. Each language
has every key (`tests/unit/printing/test_labels.py` checks it); a settings file's `labels` still
override single words. Times follow the same convention as the screen (`clock_time`): the counter
screen writes its times with these formats too, so the ticket and the screen agree ("3:51 PM" on
both in English, "15:51" on both in Portuguese).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

ENGLISH = "en"
LANGUAGES = ("en", "id", "pt_BR", "th", "vi", "zh_CN", "zh_HK")
"""The languages printing speaks (the screen's languages, `kds.station.settings.Language`)."""

ALIASES = {"pt": "pt_BR", "zh": "zh_HK"}
"""Short names `kds print --lang` has always taken."""

_EN: dict[str, str] = {
    "fake": "Training",  # the test platform's orders: the training screens and sample printouts
    "delivery": "Delivery", "pickup": "Pickup", "self_delivery": "Own delivery", "dine_in": "Dine in",
    "scheduled": "SCHEDULED", "due": "Due", "placed": "Placed", "station": "Station", "customer": "Customer",
    "note": "NOTE", "allergy": "ALLERGY", "items": "Items", "cutlery": "Cutlery", "yes": "yes", "no": "no",
    "id_check": "ID CHECK", "sold_out": "SOLD OUT",
    "subtotal": "Subtotal", "discount": "Discount", "total": "TOTAL", "prepaid": "paid online",
    "to_collect": "TO COLLECT", "change_for": "Change for", "pickup_code": "Pickup code",
    "cancelled": "CANCELLED — stop", "reason": "Reason", "at": "At", "refund": "REFUND",
    "refunded": "Refunded", "order": "Order", "fee_delivery": "Delivery fee", "fee_service": "Service fee",
    "fee_tip": "Tip", "fee_packaging": "Packaging", "fee_other": "Fee", "thanks": "Thank you!",
    "phone": "Phone", "address": "Address", "delivery_slip": "DELIVERY", "rider": "Rider",
    "collect": "COLLECT", "nothing_to_collect": "Paid online: collect nothing",
    "reprint": "REPRINT", "resent": "REPRINT (resent)",
    "pay_cash": "Cash", "pay_credit": "Credit card", "pay_debit": "Debit card",
    "pay_credit_debit": "Card", "pay_meal_voucher": "Meal voucher", "pay_food_voucher": "Food voucher",
    "pay_digital_wallet": "Digital wallet", "pay_online": "Online",
    "elsewhere_one": "+ 1 item at {station}", "elsewhere": "+ {count} items at {station}",
}

_ID: dict[str, str] = {
    "fake": "Latihan",
    "delivery": "Antar", "pickup": "Ambil sendiri", "self_delivery": "Antar sendiri", "dine_in": "Makan di tempat",
    "scheduled": "TERJADWAL", "due": "Selesai", "placed": "Dipesan", "station": "Stasiun", "customer": "Pelanggan",
    "note": "CATATAN", "allergy": "ALERGI", "items": "Item", "cutlery": "Alat makan", "yes": "ya", "no": "tidak",
    "id_check": "CEK IDENTITAS", "sold_out": "HABIS",
    "subtotal": "Subtotal", "discount": "Diskon", "total": "TOTAL", "prepaid": "dibayar online",
    "to_collect": "TAGIH", "change_for": "Kembalian dari", "pickup_code": "Kode ambil",
    "cancelled": "DIBATALKAN — berhenti", "reason": "Alasan", "at": "Pada", "refund": "REFUND",
    "refunded": "Dikembalikan", "order": "Pesanan", "fee_delivery": "Ongkos kirim", "fee_service": "Biaya layanan",
    "fee_tip": "Tip", "fee_packaging": "Kemasan", "fee_other": "Biaya", "thanks": "Terima kasih!",
    "phone": "Telepon", "address": "Alamat", "delivery_slip": "PENGANTARAN", "rider": "Kurir",
    "collect": "TAGIH", "nothing_to_collect": "Dibayar online: tidak ada tagihan",
    "reprint": "CETAK ULANG", "resent": "CETAK ULANG (lagi)",
    "pay_cash": "Tunai", "pay_credit": "Kartu kredit", "pay_debit": "Kartu debit",
    "pay_credit_debit": "Kartu", "pay_meal_voucher": "Voucher makan", "pay_food_voucher": "Voucher makanan",
    "pay_digital_wallet": "Dompet digital", "pay_online": "Online",
    "elsewhere_one": "+ 1 item di {station}", "elsewhere": "+ {count} item di {station}",
}

_PT_BR: dict[str, str] = {
    "fake": "Treinamento",
    "delivery": "Entrega", "pickup": "Retirada", "self_delivery": "Entrega própria", "dine_in": "No local",
    "scheduled": "AGENDADO", "due": "Pronto às", "placed": "Feito em", "station": "Praça", "customer": "Cliente",
    "note": "OBS", "allergy": "ALERGIA", "items": "Itens", "cutlery": "Talheres", "yes": "sim", "no": "não",
    "id_check": "CONFERIR DOCUMENTO", "sold_out": "ESGOTADO",
    "subtotal": "Subtotal", "discount": "Desconto", "total": "TOTAL", "prepaid": "pago online",
    "to_collect": "A RECEBER", "change_for": "Troco para", "pickup_code": "Código de retirada",
    "cancelled": "CANCELADO — pare", "reason": "Motivo", "at": "Em", "refund": "REEMBOLSO",
    "refunded": "Reembolsado", "order": "Pedido", "fee_delivery": "Taxa de entrega", "fee_service": "Taxa de serviço",
    "fee_tip": "Gorjeta", "fee_packaging": "Embalagem", "fee_other": "Taxa", "thanks": "Obrigado!",
    "phone": "Telefone", "address": "Endereço", "delivery_slip": "ENTREGA", "rider": "Entregador",
    "collect": "COBRAR", "nothing_to_collect": "Pago online: nada a cobrar",
    "reprint": "REIMPRESSÃO", "resent": "REIMPRESSÃO (reenvio)",
    "pay_cash": "Dinheiro", "pay_credit": "Cartão de crédito", "pay_debit": "Cartão de débito",
    "pay_credit_debit": "Cartão", "pay_meal_voucher": "Vale-refeição", "pay_food_voucher": "Vale-alimentação",
    "pay_digital_wallet": "Carteira digital", "pay_online": "Online",
    "elsewhere_one": "+ 1 item na praça {station}", "elsewhere": "+ {count} itens na praça {station}",
}

_TH: dict[str, str] = {
    "fake": "ฝึกใช้งาน",
    "delivery": "จัดส่ง", "pickup": "รับเอง", "self_delivery": "ร้านส่งเอง", "dine_in": "ทานที่ร้าน",
    "scheduled": "สั่งล่วงหน้า", "due": "เสร็จภายใน", "placed": "สั่งเมื่อ", "station": "สถานี", "customer": "ลูกค้า",
    "note": "หมายเหตุ", "allergy": "แพ้อาหาร", "items": "จำนวนรายการ", "cutlery": "ช้อนส้อม", "yes": "ใช่", "no": "ไม่",
    "id_check": "ตรวจบัตรประชาชน", "sold_out": "หมด",
    "subtotal": "ยอดรวมย่อย", "discount": "ส่วนลด", "total": "ยอดรวม", "prepaid": "ชำระออนไลน์แล้ว",
    "to_collect": "เก็บเงิน", "change_for": "ทอนจาก", "pickup_code": "รหัสรับสินค้า",
    "cancelled": "ยกเลิกแล้ว — หยุดทำ", "reason": "เหตุผล", "at": "เมื่อ", "refund": "คืนเงิน",
    "refunded": "คืนเงินแล้ว", "order": "ออเดอร์", "fee_delivery": "ค่าจัดส่ง", "fee_service": "ค่าบริการ",
    "fee_tip": "ทิป", "fee_packaging": "ค่าบรรจุภัณฑ์", "fee_other": "ค่าธรรมเนียม", "thanks": "ขอบคุณค่ะ!",
    "phone": "โทรศัพท์", "address": "ที่อยู่", "delivery_slip": "ใบส่งของ", "rider": "ไรเดอร์",
    "collect": "เก็บเงิน", "nothing_to_collect": "ชำระออนไลน์แล้ว: ไม่ต้องเก็บเงิน",
    "reprint": "พิมพ์ซ้ำ", "resent": "พิมพ์ซ้ำ (ส่งใหม่)",
    "pay_cash": "เงินสด", "pay_credit": "บัตรเครดิต", "pay_debit": "บัตรเดบิต",
    "pay_credit_debit": "บัตร", "pay_meal_voucher": "บัตรกำนัลอาหาร", "pay_food_voucher": "บัตรกำนัลซื้ออาหาร",
    "pay_digital_wallet": "วอลเล็ตดิจิทัล", "pay_online": "ออนไลน์",
    "elsewhere_one": "+ 1 รายการที่ {station}", "elsewhere": "+ {count} รายการที่ {station}",
}

_VI: dict[str, str] = {
    "fake": "Tập luyện",
    "delivery": "Giao hàng", "pickup": "Tự đến lấy", "self_delivery": "Quán tự giao", "dine_in": "Ăn tại quán",
    "scheduled": "ĐẶT TRƯỚC", "due": "Xong lúc", "placed": "Đặt lúc", "station": "Khu bếp", "customer": "Khách",
    "note": "GHI CHÚ", "allergy": "DỊ ỨNG", "items": "Số món", "cutlery": "Dụng cụ ăn", "yes": "có", "no": "không",
    "id_check": "KIỂM TRA GIẤY TỜ", "sold_out": "HẾT HÀNG",
    "subtotal": "Tạm tính", "discount": "Giảm giá", "total": "TỔNG CỘNG", "prepaid": "đã trả trực tuyến",
    "to_collect": "CẦN THU", "change_for": "Thối lại từ", "pickup_code": "Mã nhận hàng",
    "cancelled": "ĐÃ HỦY — dừng làm", "reason": "Lý do", "at": "Lúc", "refund": "HOÀN TIỀN",
    "refunded": "Đã hoàn", "order": "Đơn", "fee_delivery": "Phí giao hàng", "fee_service": "Phí dịch vụ",
    "fee_tip": "Tiền tip", "fee_packaging": "Phí đóng gói", "fee_other": "Phí", "thanks": "Cảm ơn quý khách!",
    "phone": "Điện thoại", "address": "Địa chỉ", "delivery_slip": "PHIẾU GIAO", "rider": "Tài xế",
    "collect": "THU", "nothing_to_collect": "Đã trả trực tuyến: không thu tiền",
    "reprint": "IN LẠI", "resent": "IN LẠI (gửi lại)",
    "pay_cash": "Tiền mặt", "pay_credit": "Thẻ tín dụng", "pay_debit": "Thẻ ghi nợ",
    "pay_credit_debit": "Thẻ", "pay_meal_voucher": "Phiếu ăn", "pay_food_voucher": "Phiếu thực phẩm",
    "pay_digital_wallet": "Ví điện tử", "pay_online": "Trực tuyến",
    "elsewhere_one": "+ 1 món ở {station}", "elsewhere": "+ {count} món ở {station}",
}

_ZH_CN: dict[str, str] = {
    "fake": "培训",
    "delivery": "外卖", "pickup": "自取", "self_delivery": "商家自送", "dine_in": "堂食",
    "scheduled": "预约单", "due": "出餐", "placed": "下单", "station": "档口", "customer": "顾客",
    "note": "备注", "allergy": "过敏", "items": "件数", "cutlery": "餐具", "yes": "要", "no": "不要",
    "id_check": "查验身份证", "sold_out": "已售罄",
    "subtotal": "小计", "discount": "优惠", "total": "合计", "prepaid": "已在线支付",
    "to_collect": "待收款", "change_for": "找零自", "pickup_code": "取餐码",
    "cancelled": "已取消 — 停止制作", "reason": "原因", "at": "时间", "refund": "退款",
    "refunded": "已退款", "order": "订单", "fee_delivery": "配送费", "fee_service": "服务费",
    "fee_tip": "小费", "fee_packaging": "包装费", "fee_other": "费用", "thanks": "谢谢惠顾！",
    "phone": "电话", "address": "地址", "delivery_slip": "配送单", "rider": "骑手",
    "collect": "收款", "nothing_to_collect": "已在线支付：无需收款",
    "reprint": "重印", "resent": "重印（重发）",
    "pay_cash": "现金", "pay_credit": "信用卡", "pay_debit": "借记卡",
    "pay_credit_debit": "银行卡", "pay_meal_voucher": "餐券", "pay_food_voucher": "食品券",
    "pay_digital_wallet": "电子钱包", "pay_online": "在线支付",
    "elsewhere_one": "+ 1 件在 {station}", "elsewhere": "+ {count} 件在 {station}",
}

_ZH_HK: dict[str, str] = {
    "fake": "培訓",
    "delivery": "外賣", "pickup": "自取", "self_delivery": "商户自送", "dine_in": "堂食",
    "scheduled": "預約單", "due": "出餐", "placed": "落單", "station": "檔口", "customer": "顧客",
    "note": "備註", "allergy": "過敏", "items": "件數", "cutlery": "餐具", "yes": "要", "no": "唔要",
    "id_check": "核對身份證", "sold_out": "已售罄",
    "subtotal": "小計", "discount": "折扣", "total": "合計", "prepaid": "已網上付款",
    "to_collect": "待收款", "change_for": "找贖自", "pickup_code": "取餐碼",
    "cancelled": "已取消 — 停止製作", "reason": "原因", "at": "時間", "refund": "退款",
    "refunded": "已退款", "order": "訂單", "fee_delivery": "送餐費", "fee_service": "服務費",
    "fee_tip": "小費", "fee_packaging": "包裝費", "fee_other": "費用", "thanks": "多謝惠顧！",
    "phone": "電話", "address": "地址", "delivery_slip": "送餐單", "rider": "車手",
    "collect": "收款", "nothing_to_collect": "已網上付款：毋須收款",
    "reprint": "重印", "resent": "重印（重發）",
    "pay_cash": "現金", "pay_credit": "信用卡", "pay_debit": "扣賬卡",
    "pay_credit_debit": "銀行卡", "pay_meal_voucher": "餐券", "pay_food_voucher": "食品券",
    "pay_digital_wallet": "電子錢包", "pay_online": "網上付款",
    "elsewhere_one": "+ 1 件喺 {station}", "elsewhere": "+ {count} 件喺 {station}",
}

# The end-of-day slip's words (`kds.printing.report_slip`).
_REPORT: dict[str, dict[str, str]] = {
    "en": {"day_report": "END OF DAY", "period": "Period", "all_platforms": "ALL PLATFORMS",
           "received": "Received", "accepted": "Accepted", "ready": "Ready", "completed": "Completed",
           "missed": "Missed", "cancelled_restaurant": "Cancelled by us", "cancelled_customer": "By customer",
           "cancelled_platform": "By platform", "refunds_full": "Full refunds", "refunds_partial": "Partial refunds",
           "gross": "Gross sales", "net": "Net sales", "paid": "Paid", "unpaid": "Not paid",
           "time_to_accept": "Time to accept", "time_to_ready": "Time to ready", "median": "median",
           "p90": "90%", "worst": "worst", "paused": "Paused (min)", "per_hour": "Orders per hour"},
    "id": {"day_report": "TUTUP HARI", "period": "Periode", "all_platforms": "SEMUA PLATFORM",
           "received": "Masuk", "accepted": "Diterima", "ready": "Siap", "completed": "Selesai",
           "missed": "Terlewat", "cancelled_restaurant": "Dibatalkan resto", "cancelled_customer": "Oleh pelanggan",
           "cancelled_platform": "Oleh platform", "refunds_full": "Refund penuh", "refunds_partial": "Refund sebagian",
           "gross": "Penjualan kotor", "net": "Penjualan bersih", "paid": "Lunas", "unpaid": "Belum lunas",
           "time_to_accept": "Waktu terima", "time_to_ready": "Waktu siap", "median": "median",
           "p90": "90%", "worst": "terlama", "paused": "Jeda (menit)", "per_hour": "Pesanan per jam"},
    "pt_BR": {"day_report": "FECHAMENTO DO DIA", "period": "Período", "all_platforms": "TODAS AS PLATAFORMAS",
              "received": "Recebidos", "accepted": "Aceitos", "ready": "Prontos", "completed": "Concluídos",
              "missed": "Perdidos", "cancelled_restaurant": "Cancelados por nós",
              "cancelled_customer": "Pelo cliente", "cancelled_platform": "Pela plataforma",
              "refunds_full": "Reembolsos totais", "refunds_partial": "Reembolsos parciais",
              "gross": "Vendas brutas", "net": "Vendas líquidas", "paid": "Pagos", "unpaid": "Não pagos",
              "time_to_accept": "Tempo p/ aceitar", "time_to_ready": "Tempo p/ ficar pronto", "median": "mediana",
              "p90": "90%", "worst": "pior", "paused": "Pausado (min)", "per_hour": "Pedidos por hora"},
    "th": {"day_report": "สรุปปิดวัน", "period": "ช่วงเวลา", "all_platforms": "ทุกแพลตฟอร์ม",
           "received": "ได้รับ", "accepted": "รับออเดอร์", "ready": "พร้อม", "completed": "สำเร็จ",
           "missed": "พลาด", "cancelled_restaurant": "ร้านยกเลิก", "cancelled_customer": "ลูกค้ายกเลิก",
           "cancelled_platform": "แพลตฟอร์มยกเลิก", "refunds_full": "คืนเงินเต็ม", "refunds_partial": "คืนเงินบางส่วน",
           "gross": "ยอดขายรวม", "net": "ยอดขายสุทธิ", "paid": "ชำระแล้ว", "unpaid": "ยังไม่ชำระ",
           "time_to_accept": "เวลารับออเดอร์", "time_to_ready": "เวลาทำเสร็จ", "median": "มัธยฐาน",
           "p90": "90%", "worst": "นานสุด", "paused": "หยุดรับ (นาที)", "per_hour": "ออเดอร์ต่อชั่วโมง"},
    "vi": {"day_report": "CHỐT CUỐI NGÀY", "period": "Khoảng", "all_platforms": "TẤT CẢ NỀN TẢNG",
           "received": "Nhận", "accepted": "Đã xác nhận", "ready": "Đã xong", "completed": "Hoàn tất",
           "missed": "Bị lỡ", "cancelled_restaurant": "Quán hủy", "cancelled_customer": "Khách hủy",
           "cancelled_platform": "Nền tảng hủy", "refunds_full": "Hoàn toàn bộ", "refunds_partial": "Hoàn một phần",
           "gross": "Doanh thu gộp", "net": "Doanh thu ròng", "paid": "Đã trả", "unpaid": "Chưa trả",
           "time_to_accept": "Thời gian nhận", "time_to_ready": "Thời gian làm", "median": "trung vị",
           "p90": "90%", "worst": "lâu nhất", "paused": "Tạm ngưng (phút)", "per_hour": "Đơn mỗi giờ"},
    "zh_CN": {"day_report": "日结报表", "period": "时段", "all_platforms": "全部平台",
              "received": "收到", "accepted": "已接单", "ready": "已出餐", "completed": "已完成",
              "missed": "漏单", "cancelled_restaurant": "商家取消", "cancelled_customer": "顾客取消",
              "cancelled_platform": "平台取消", "refunds_full": "全额退款", "refunds_partial": "部分退款",
              "gross": "总销售额", "net": "净销售额", "paid": "已付款", "unpaid": "未付款",
              "time_to_accept": "接单用时", "time_to_ready": "出餐用时", "median": "中位数",
              "p90": "90%", "worst": "最长", "paused": "暂停（分钟）", "per_hour": "每小时订单"},
    "zh_HK": {"day_report": "日結報表", "period": "時段", "all_platforms": "全部平台",
              "received": "收到", "accepted": "已接單", "ready": "已出餐", "completed": "已完成",
              "missed": "漏單", "cancelled_restaurant": "商户取消", "cancelled_customer": "顧客取消",
              "cancelled_platform": "平台取消", "refunds_full": "全數退款", "refunds_partial": "部分退款",
              "gross": "總銷售額", "net": "淨銷售額", "paid": "已付款", "unpaid": "未付款",
              "time_to_accept": "接單用時", "time_to_ready": "出餐用時", "median": "中位數",
              "p90": "90%", "worst": "最長", "paused": "暫停（分鐘）", "per_hour": "每小時訂單"},
}

CATALOGUE: dict[str, dict[str, str]] = {"en": {**_EN, **_REPORT["en"]}, "id": {**_ID, **_REPORT["id"]},
                                         "pt_BR": {**_PT_BR, **_REPORT["pt_BR"]}, "th": {**_TH, **_REPORT["th"]},
                                         "vi": {**_VI, **_REPORT["vi"]}, "zh_CN": {**_ZH_CN, **_REPORT["zh_CN"]},
                                         "zh_HK": {**_ZH_HK, **_REPORT["zh_HK"]}}
"""Every printed word, by language, by key."""

TIME_FORMATS: dict[str, str] = {"en": "{h12}:{mm} {ampm}", "id": "{HH}.{mm}", "pt_BR": "{HH}:{mm}",
                                "th": "{HH}:{mm}", "vi": "{HH}:{mm}", "zh_CN": "{HH}:{mm}",
                                "zh_HK": "{ampm}{h12}:{mm}"}
"""A time of day in each language, as its market writes it (the locales of `kds.ui.i18n.LOCALES`)."""

DATE_FORMATS: dict[str, str] = {"en": "{M}/{d}", "id": "{dd}/{MM}", "pt_BR": "{dd}/{MM}", "th": "{d}/{M}",
                                "vi": "{d}/{M}", "zh_CN": "{M}/{d}", "zh_HK": "{d}/{M}"}
"""A short day and month in each language (the ticket needs no year)."""

AM_PM: dict[str, tuple[str, str]] = {"zh_HK": ("上午", "下午")}
"""Morning and afternoon where they are not AM and PM."""


def language(code: str) -> str:
    """`code` as one of `LANGUAGES` (`pt` and `zh`, and unknown codes as English)."""
    code = ALIASES.get(code, code)
    return code if code in CATALOGUE else ENGLISH


def labels_in(code: str, overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every printed word in language `code`, with `overrides` (a settings file's own words) on top."""
    return {**CATALOGUE[language(code)], **(overrides or {})}


def payment_key(method: str) -> str:
    """The key of a payment method's printed name (`CASH` -> `pay_cash`); unknown methods print as sent."""
    return f"pay_{method.lower()}"


def _fields(when: datetime, code: str) -> dict[str, str]:
    am, pm = AM_PM.get(code, ("AM", "PM"))
    return {"HH": f"{when.hour:02d}", "h12": str(when.hour % 12 or 12), "mm": f"{when.minute:02d}",
            "ampm": am if when.hour < 12 else pm, "d": str(when.day), "dd": f"{when.day:02d}",
            "M": str(when.month), "MM": f"{when.month:02d}"}


def clock_time(when: datetime, code: str = ENGLISH) -> str:
    """The time of day of `when` (already in the zone to show) as language `code` writes it: `3:51 PM`, `15:51`."""
    code = language(code)
    return TIME_FORMATS[code].format(**_fields(when, code))


def day_and_time(when: datetime, code: str = ENGLISH) -> str:
    """Day, month and time of day of `when`: `1/15 3:51 PM` in English, `15/01 15:51` in Portuguese."""
    code = language(code)
    return f"{DATE_FORMATS[code].format(**_fields(when, code))} {clock_time(when, code)}"
