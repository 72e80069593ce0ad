"""What the counter screen can be told: theme, type size, alarms.

Plain values with defaults; the settings dialog of a later issue edits and stores them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta

from kds.domain.deadlines import Thresholds
from kds.station.settings import Settings
from kds.ui.viewmodels.board import BoardSettings


@dataclass(frozen=True, slots=True)
class UiSettings:
    """The counter screen's settings."""

    theme: str = "dark"
    font_scale: float = 1.0
    board: BoardSettings = field(default_factory=BoardSettings)
    show_numbers: bool = True  # bump-bar numbers on the cards
    card_size: str = "auto"  # "auto": compact cards in a crowded column; "compact" or "full": always
    mute_for: timedelta = timedelta(minutes=5)
    ring_every: timedelta = timedelta(seconds=4)
    sounds: bool = True
    volume: float = 0.8  # 0..1, applied to every alarm
    kiosk: bool = False
    role: str = "counter"  # a `kds.station.settings.Role`: counter, kitchen (one station's lines) or expo
    kitchen_station: str = ""  # the station a kitchen screen shows

    def scaled(self, factor: float) -> UiSettings:
        """Thresholds divided by `factor`, like the platform windows in demo mode (`--time-scale`)."""
        if factor == 1:
            return self
        t = self.board.thresholds
        thresholds = Thresholds(prep_amber=t.prep_amber / factor, prep_red=t.prep_red / factor,
                                countdown_critical=t.countdown_critical / factor,
                                countdown_warning=t.countdown_warning / factor, default_prep=t.default_prep / factor)
        return replace(self, board=replace(self.board, thresholds=thresholds))

    @classmethod
    def from_station(cls, station: Settings) -> UiSettings:
        """The counter screen's part of the station settings (`kds.station.settings`)."""
        behaviour, appearance = station.behaviour, station.appearance
        thresholds = Thresholds(prep_amber=timedelta(minutes=behaviour.amber_minutes),
                                prep_red=timedelta(minutes=behaviour.red_minutes),
                                default_prep=timedelta(minutes=behaviour.default_prep_minutes))
        return cls(theme=appearance.theme.value, font_scale=appearance.font_scale,
                   card_size=appearance.card_size.value, board=BoardSettings(thresholds=thresholds),
                   sounds=behaviour.sounds, volume=behaviour.volume / 100, kiosk=station.station.kiosk,
                   role=station.station.role.value, kitchen_station=station.station.kitchen_station)
