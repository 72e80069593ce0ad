"""The platforms KDS can connect to, one `PlatformSpec` each (`kds.platforms.spec`).

Everything that lists platforms (the runtime, the setup screens) asks here. Adding a platform is
its package, with a `spec` module, and one line below.
"""

from __future__ import annotations

from kds.domain.order import Platform
from kds.platforms.keeta_od.spec import SPEC as KEETA_OD
from kds.platforms.keeta_std.spec import SPEC as KEETA_STD
from kds.platforms.spec import PlatformSpec

SPECS: dict[Platform, PlatformSpec] = {spec.platform: spec for spec in (KEETA_OD, KEETA_STD)}
"""Every registered platform's spec, in the order the setup screens show them."""


class UnknownPlatformError(LookupError):
    """A platform without a spec: KDS has no connection for it."""


def spec_for(platform: Platform) -> PlatformSpec:
    """The spec of `platform`.

    Raises:
        UnknownPlatformError: it is not registered.
    """
    try:
        return SPECS[platform]
    except KeyError:
        raise UnknownPlatformError(f"{platform.value} is not a registered platform (kds.platforms.registry): "
                              f"KDS has no connection for it") from None
