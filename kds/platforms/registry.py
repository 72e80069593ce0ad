"""The platforms KDS can connect to, one `PlatformSpec` each (`kds.platforms.spec`).

Everything that lists platforms (the runtime, the setup screens, printing) asks here. Adding a
platform is its package, with a `spec` module and a `policy` module, and one line below.
"""

from __future__ import annotations

from kds.domain.actions import FAKE_POLICY, PlatformPolicy
from kds.domain.order import Platform
from kds.platforms.gofood.spec import SPEC as GOFOOD
from kds.platforms.keeta_od.spec import SPEC as KEETA_OD
from kds.platforms.keeta_std.spec import SPEC as KEETA_STD
from kds.platforms.spec import PlatformSpec
from kds.platforms.zeek.spec import SPEC as ZEEK

SPECS: dict[Platform, PlatformSpec] = {spec.platform: spec for spec in (KEETA_OD, KEETA_STD, GOFOOD, ZEEK)}
"""Every registered platform's spec, in the order the setup screens show them."""

POLICIES: dict[Platform, PlatformPolicy] = {
    **{platform: spec.policy for platform, spec in SPECS.items()},
    Platform.FAKE: FAKE_POLICY,
}
"""Every platform's policy (what staff may do, its deadlines, reason codes, label and colour): the
registered platforms' (their specs') and the test platform's."""

LABELS: dict[Platform, str] = {platform: policy.label for platform, policy in POLICIES.items()}
"""Every platform's short name as the board and the printouts show it (its policy's label)."""


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
