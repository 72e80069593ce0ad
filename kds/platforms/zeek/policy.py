"""What staff may do with a Zeek order: hand a pickup order to its customer, nothing else."""

from __future__ import annotations

from kds.domain.actions import Action, PlatformPolicy
from kds.domain.order import Platform

POLICY = PlatformPolicy(platform=Platform.ZEEK, label="Zeek", actions=frozenset({Action.COLLECT}), color="#DA291C")
"""Zeek's policy (`kds.platforms.registry.POLICIES`)."""

DEFAULT_REGION = "SGN"
"""Zeek's `KS-Region` header when the station sets none (here, not in the client, so the registry's
spec names it without importing the HTTP client)."""
