"""Wire models of Keeta's Standard Order API and of the relay events that carry its webhooks.

Field names mirror the wire (camelCase). Every model accepts unknown fields (`extra="allow"`), so a
field Keeta adds tomorrow never makes an order unreadable; fields the KDS does not use are typed
loosely for the same reason.

What is confirmed and what is ours (platform-apis.md §3): the envelope, the webhook envelope, the
1002/1004/1005/1006 message fields, `baseOrder.orderViewId/chooseTableware/deliveryTime/ctime/
estimatedDiningReadyUrgeTime`, `merchantOrder.ctime`, the names of the `orderInfo` sections, the
preview's `products[].id/spuId/skuId/count`, batchDecrypt and the token answer are Keeta's [C].
Keeta's pages do not show the inner fields of `products`, `feeDtl`, `recipientInfo`,
`deliveryInfos` and `orderPromotionDtlList`, nor the order status, delivery type, logistics status
and refund status values: those shapes below are plausible ones we defined [I], kept in one place
(here and the code tables of `codes.py`) so a recorded real payload can correct them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _id_text(value: Any) -> Any:
    # Keeta ids are int64 on the wire; some arrive as strings. Either way the KDS keeps text.
    if isinstance(value, bool):
        raise ValueError("an id is not a boolean")
    return str(value) if isinstance(value, int) else value


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]
"""An RFC 3339 timestamp (the relay's `createdAt`), as an aware UTC datetime."""

IdText = Annotated[str, BeforeValidator(_id_text)]
"""An identifier sent as a JSON number or string, kept as text."""

Minor = Annotated[int, Field(ge=-(2**53), le=2**53)]
"""An amount in integer minor units of the order's currency (2800 = HKD 28.00)."""

Ms = Annotated[int, Field(ge=0, lt=32_503_680_000_000)]
"""A Keeta time in milliseconds since the epoch, before the year 3000: `from_ms` never overflows on it."""


def from_ms(ms: int) -> datetime:
    """A Keeta millisecond epoch timestamp as an aware UTC datetime."""
    return datetime.fromtimestamp(ms / 1000, UTC)


class Wire(BaseModel):
    """Base of every wire model: unknown fields allowed, frozen."""

    model_config = ConfigDict(extra="allow", frozen=True)


# --- the envelope and the basic API ---------------------------------------------------------------


class Envelope(Wire):
    """Every answer: HTTP 200 with `{code, message, data}`; code 0 is success [C]."""

    code: int
    message: str = ""
    data: Any = None


class TokenData(Wire):
    """`/base/oauth/token` data [C]: `expiresIn` is seconds (7776000 = 90 days), `issuedAtTime` ms."""

    accessToken: str = Field(min_length=1)
    tokenType: str = "bearer"
    expiresIn: int = Field(gt=0)
    refreshToken: str = ""
    scope: str = ""
    issuedAtTime: int | None = None


class PlainInfo(Wire):
    """One result of `/base/batchDecrypt` [C]; `errorCode` 0 means decrypted."""

    cipherText: str
    plainText: str | None = None
    errorCode: int = 0
    errorMsg: str = ""

    @property
    def ok(self) -> bool:
        """True when Keeta decrypted this text."""
        return self.errorCode == 0 and self.plainText is not None


class DecryptData(Wire):
    """`/base/batchDecrypt` data."""

    plainInfos: list[PlainInfo] = Field(default_factory=list)


class PreviewProduct(Wire):
    """A product of `/order/refund/part/products/preview`.

    `id`, `spuId`, `skuId` and `count` (quantity bought) are Keeta's [C]. `orderProductId`,
    `name`, `refundableCount` (still refundable), `refundCount` (asked) and `refundMoney` (minor
    units for `refundCount`) are ours [I]. When `orderProductId` is missing, `id` is taken for it.
    """

    id: IdText | None = None
    orderProductId: IdText | None = None
    spuId: IdText | None = None
    skuId: IdText | None = None
    name: str = ""
    count: int = 0
    refundableCount: int | None = None
    refundCount: int = 0
    refundMoney: Minor = 0

    @property
    def line_id(self) -> str:
        """The order product id this entry is about ("" if Keeta sent none)."""
        return self.orderProductId or self.id or ""


class PreviewData(Wire):
    """Preview data: `products` [C]; the total `refundMoney` and `currency` are ours [I]."""

    products: list[PreviewProduct] = Field(default_factory=list)
    refundMoney: Minor | None = None
    currency: str = ""


# --- the order (1001 `orderInfo`, `/order/get` `data.orderInfo`) -------------------------------


class BaseOrder(Wire):
    """The `orderInfo.baseOrder` object.

    Keeta's [C]: orderViewId, chooseTableware, deliveryTime, ctime, estimatedDiningReadyUrgeTime. Ours [I]:
    shopId, shopName, status, deliveryType (1 Keeta rider, 2 pickup, 3 merchant's rider), daySeq (the number
    staff call out), remark, preOrder, currency.
    """

    orderViewId: IdText = Field(min_length=1)
    ctime: Ms
    shopId: IdText | None = None
    shopName: str = ""
    status: int | None = None
    deliveryType: int | None = None
    daySeq: IdText | None = None
    chooseTableware: int | None = None
    deliveryTime: Ms | None = None
    estimatedDiningReadyUrgeTime: Ms | None = None
    remark: str | None = None
    preOrder: bool = False
    currency: str | None = None


class MerchantOrder(Wire):
    """`orderInfo.merchantOrder` [C: ctime]."""

    ctime: Ms | None = None


class ProductAttr(Wire):
    """A chosen option of a product [I]: price is per unit of the product, in minor units."""

    name: str = ""
    price: Minor = 0
    count: int = 1


class Product(Wire):
    """An `orderInfo.products[]` entry [I]. `orderProductId` is what partial refunds name [C].

    `price` is the unit price without options; `totalPrice` the line total, options included:
    count x (price + sum of attrs' price x count), all in minor units.
    """

    orderProductId: IdText = Field(min_length=1)
    spuId: IdText | None = None
    skuId: IdText | None = None
    name: str
    specName: str = ""
    count: int = Field(ge=0)
    price: Minor
    totalPrice: Minor | None = None
    attrs: list[ProductAttr] = Field(default_factory=list)
    remark: str | None = None


class FeeDtl(Wire):
    """`orderInfo.feeDtl` [I]: every amount in minor units of `currency`."""

    currency: str = ""
    productAmount: Minor | None = None
    deliveryFee: Minor = 0
    packagingFee: Minor = 0
    serviceFee: Minor = 0
    tipAmount: Minor = 0
    merchantDiscount: Minor = 0
    platformDiscount: Minor = 0
    userPayAmount: Minor | None = None


class RecipientInfo(Wire):
    """`orderInfo.recipientInfo` [I]: name, phone and address arrive as `ENC_` ciphertexts."""

    name: str = ""
    phone: str = ""
    address: str = ""
    houseNumber: str = ""
    latitude: float | None = None
    longitude: float | None = None


class DeliveryInfo(Wire):
    """`orderInfo.deliveryInfos[]` [I]."""

    logisticsStatus: int | None = None
    courierName: str = ""


class PromotionDtl(Wire):
    """`orderInfo.orderPromotionDtlList[]` [I]: `reduceFee` split into who pays for it."""

    promotionName: str = ""
    reduceFee: Minor = 0
    merchantCharge: Minor = 0
    platformCharge: Minor = 0


class OrderInfo(Wire):
    """`orderInfo`: the section names are Keeta's [C]; see each section for its fields."""

    baseOrder: BaseOrder
    merchantOrder: MerchantOrder | None = None
    merchantOrderDeliveries: list[Any] = Field(default_factory=list)
    deliveryInfos: list[DeliveryInfo] = Field(default_factory=list)
    orderPromotionDtlList: list[PromotionDtl] = Field(default_factory=list)
    refundInfos: list[Any] = Field(default_factory=list)
    recipientInfo: RecipientInfo | None = None
    feeDtl: FeeDtl | None = None
    rebates: Any = None
    rebatesTag: Any = None
    products: list[Product] = Field(default_factory=list)
    bigOrderTag: Any = None
    subOrderInfoList: list[Any] = Field(default_factory=list)


class OrderDetails(OrderInfo):
    """`/order/get`'s `orderInfo` as an order's details must be: with its products and its fee details.

    An answer lacking either is incomplete (Keeta has not got the order together yet), not an order
    with nothing in it: it is refused and asked for again. The 1001 webhook's copy is read as
    `OrderInfo`, leniently: only its `baseOrder` is used, to journal the order's creation.
    """

    products: list[Product] = Field(min_length=1)
    feeDtl: FeeDtl


class OrderData(Wire):
    """`/order/get` data [C]."""

    orderInfo: OrderDetails


# --- webhook messages (the decoded `message`) -----------------------------------------------------


class OrderPlaced(Wire):
    """1001 [C]."""

    orderInfo: OrderInfo


class StatusChange(Wire):
    """1002 (status 30) [C] and 1003 (status [I] 40)."""

    orderViewId: IdText = Field(min_length=1)
    shopId: IdText | None = None
    status: int | None = None
    opTime: Ms | None = None


class Cancelled(StatusChange):
    """1004 [C]: `opType` 0|10|20|30 says who cancelled; `cancelCode` is ours [I]."""

    cancelReason: str | None = None
    opType: int | None = None
    cancelCode: IdText | None = None


class RefundProduct(Wire):
    """A 1007 `refundProducts[]` entry: spuId, skuId, count [C]; the rest ours [I]."""

    orderProductId: IdText | None = None
    spuId: IdText | None = None
    skuId: IdText | None = None
    name: str = ""
    count: int = 1
    refundMoney: Minor | None = None


class RefundChange(Wire):
    """1005 [C]. `money` is in minor units of `currency`; op types as in 1004."""

    orderViewId: IdText = Field(min_length=1)
    shopId: IdText | None = None
    status: int
    afterSaleOrderId: IdText | None = None
    isAppeal: Any = None
    pictures: Any = None
    money: Minor | None = None
    currency: str = ""
    applyOpType: int | None = None
    applyReason: str | None = None
    handleOpType: int | None = None
    handleReason: str | None = None
    opTime: Ms | None = None


class PartRefundChange(RefundChange):
    """1007 [C]: as 1005 plus `refundProducts`."""

    refundProducts: list[RefundProduct] = Field(default_factory=list)


class CourierChange(Wire):
    """1006 [C]. `courierPhone` may be masked or plain: it is never logged."""

    orderViewId: IdText = Field(min_length=1)
    shopId: IdText | None = None
    logisticsStatus: int
    opTime: Ms | None = None
    courierName: str | None = None
    courierPhone: str | None = None
    bigOrderTag: Any = None
    merchantSubOrderId: Any = None


# --- the relay's event (kds.relay.contract) -------------------------------------------------------


class RelayMetadata(Wire):
    """`metadata` of a relay event: the platform, and for Keeta the webhook envelope's fields."""

    platform: str
    keetaEventId: int | None = None
    messageId: IdText | None = None
    shopId: IdText | None = None


class RelayEvent(Wire):
    """One event of the relay's `GET /v1/events:polling`."""

    eventId: str = Field(min_length=1)
    eventType: str = Field(min_length=1)
    orderId: str = ""
    createdAt: UtcDatetime
    metadata: RelayMetadata
    payload: dict[str, Any]
