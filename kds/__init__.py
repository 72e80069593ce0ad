"""KDS: a kitchen display and order desk for restaurant counters."""

__version__ = "0.1.0"
