"""Re-export of the fake clock (it ships in `kds.clock` because the simulator uses it too)."""

from kds.clock import FakeClock

__all__ = ["FakeClock"]
