"""Test a platform's connection from the setup screens, with the address and credentials as typed.

The platform's own adapter (built by its spec, as the runtime builds it) polls once against the
typed address. Nothing is acknowledged, so the platform hands any events it returned out again to
the real poller later. The answer is a sentence for staff: connected, the credentials refused, or
the platform not reached, in the words of `kds.platforms.http_errors`, never an exception's name.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from kds.clock import SystemClock
from kds.domain.order import Platform
from kds.platforms.base import PlatformAuthError, PlatformError, PlatformTransientError
from kds.platforms.registry import spec_for
from kds.platforms.spec import AdapterInputs
from kds.ui.wording import tr

log = logging.getLogger(__name__)

TIMEOUT = 20.0
"""Seconds the test waits for the platform before it says there is no answer."""

RELAY_WAIT = 1.0
"""How long a relay-fed platform's test poll is held open (a real poll waits for events much longer)."""


async def check_connection(platform: Platform, values: Mapping[str, str | tuple[str, ...]]) -> tuple[bool, str]:
    """Poll `platform` once with `values` (addresses and credentials); whether it worked, and what to show."""
    spec = spec_for(platform)
    try:
        adapter = spec.build(AdapterInputs(values, SystemClock(), spec.policy, relay_wait=RELAY_WAIT))
    except ValueError as exc:  # the adapter's own checks (a malformed app id, too many merchants)
        return False, tr("These settings cannot be used: %1").replace("%1", str(exc))
    try:
        await asyncio.wait_for(adapter.poll(), TIMEOUT)
    except PlatformAuthError as exc:
        return False, tr("The platform refused these credentials: %1").replace("%1", str(exc))
    except PlatformTransientError as exc:
        return False, tr("Could not connect: %1").replace("%1", str(exc))
    except PlatformError as exc:
        return False, tr("The platform answered with a problem: %1").replace("%1", str(exc))
    except TimeoutError:
        return False, tr("The platform did not answer within %1 s.").replace("%1", str(int(TIMEOUT)))
    finally:
        await adapter.aclose()
    log.info("connection test of %s succeeded", platform.value)
    return True, tr("Connected: the platform accepted these credentials.")
