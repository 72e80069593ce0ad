"""Alarm sounds: which sound plays when, ringing until touched, escalation and the 5-minute mute.

`SoundBoard` plays the WAV files of `resources/sounds/` with `QSoundEffect` and fails soft: with no
audio device (offscreen, CI, a tablet without speakers) it only logs once and keeps a history of
what it would have played, so the alarm logic stays testable. `AlarmController` decides, on each
tick of the shared ticker, what to play.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from kds.domain.order import OrderKey
from kds.domain.states import Stage
from kds.ui.resources import resource_path
from kds.ui.viewmodels.board import AlarmKind, BoardModel
from kds.ui.viewmodels.health import HealthModel

log = logging.getLogger(__name__)

MISSED_ORDERS = "missed_orders"
"""The siren played while the red banner is up."""

VOLUMES = {
    AlarmKind.NEW_ORDER.value: 0.7,
    AlarmKind.ESCALATION.value: 1.0,  # louder: the platform is about to cancel
    AlarmKind.CANCELLED.value: 0.8,
    AlarmKind.REFUND_REQUEST.value: 0.7,
    AlarmKind.RIDER_ARRIVED.value: 0.6,
    MISSED_ORDERS: 1.0,
}


class SoundBoard(QObject):
    """Plays named sounds; silent (but keeping `history`) when there is no audio output."""

    device_changed = Signal()
    """An audio output came or went: `no_device` may have changed."""

    def __init__(self, directory: Path | None = None, *, enabled: bool = True, volume: float = 1.0,
                 outputs: Callable[[], Sequence[object]] | None = None, parent: QObject | None = None) -> None:
        """Sounds are `directory/<name>.wav` (default `resources/sounds`); `volume` scales them all (0..1).

        `outputs` lists the audio outputs (default: Qt's, watched for outputs plugged in or out).
        """
        super().__init__(parent)
        self.directory = directory or resource_path("sounds")
        self.enabled = enabled
        self.volume = max(0.0, min(1.0, volume))
        self.history: deque[str] = deque(maxlen=200)
        self._effects: dict[str, Any] = {}
        self._available: bool | None = None
        self._outputs = outputs
        self._devices: Any = None  # Qt's QMediaDevices, telling when outputs come and go

    @property
    def no_device(self) -> bool:
        """True when alarms should sound but there is no audio output to play them on."""
        return self.enabled and not self._audio_available()

    def recheck(self) -> None:
        """Look for audio outputs again (one was plugged in or out)."""
        self._available = None
        self.device_changed.emit()

    def _audio_available(self) -> bool:
        if self._available is None:
            self._available = False
            if self.enabled:
                try:
                    self._available = bool(self._outputs() if self._outputs is not None else self._qt_outputs())
                except ImportError:  # the Addons wheel is missing: run silent rather than not at all
                    log.warning("QtMultimedia is not installed: alarms are visual only")
                if not self._available:
                    log.warning("no audio output found: alarms are visual only")
        return self._available

    def _qt_outputs(self) -> Sequence[object]:
        from PySide6.QtMultimedia import QMediaDevices

        if self._devices is None:
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self.recheck)
        return QMediaDevices.audioOutputs()

    def _load(self, name: str) -> Any:
        from PySide6.QtMultimedia import QSoundEffect

        path = self.directory / f"{name}.wav"
        if not path.exists():
            log.warning("sound %s is missing", path.name)
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effects[name] = effect
        return effect

    def play(self, name: str) -> None:
        """Play sound `name` (a file stem); never raises."""
        self.history.append(name)
        if not self._audio_available():
            return
        try:
            if not self._effects:
                # Load every alarm at once: decoding takes a moment, and the first ring must not lag.
                for known in VOLUMES:
                    self._load(known)
            effect = self._effects.get(name) or self._load(name)
            if effect is None:
                return
            effect.setVolume(VOLUMES.get(name, 0.8) * self.volume)
            effect.play()  # plays as soon as it is loaded, if it is still loading
        except Exception:  # sound is a courtesy; a broken audio stack must never stop the kitchen
            log.exception("could not play %s", name)


class AlarmController(QObject):
    """Rings for new orders and refund requests until touched, escalates, and honours the mute."""

    mute_changed = Signal()
    """Muting started or ended."""

    def __init__(self, board: BoardModel, health: HealthModel, sounds: SoundBoard, now: datetime, *,
                 ring_every: timedelta = timedelta(seconds=4), escalate_every: timedelta = timedelta(seconds=3),
                 siren_every: timedelta = timedelta(seconds=20), mute_for: timedelta = timedelta(minutes=5),
                 parent: QObject | None = None) -> None:
        """Listen to `board` and `health`; play through `sounds`."""
        super().__init__(parent)
        self.board = board
        self.health = health
        self.sounds = sounds
        self.ring_every = ring_every
        self.escalate_every = escalate_every
        self.siren_every = siren_every
        self.mute_for = mute_for
        self.ringing: dict[OrderKey, str] = {}
        self.muted_until: datetime | None = None
        self.now = now
        self._last: dict[str, datetime] = {}
        board.alarm.connect(self._on_alarm)
        board.touched.connect(self.stop_ringing)
        health.banner_raised.connect(lambda _text: self._play(MISSED_ORDERS, force=True))

    @property
    def muted(self) -> bool:
        """True during a mute."""
        return self.muted_until is not None and self.now < self.muted_until

    def mute(self) -> None:
        """Silence every sound for `mute_for` (the board still flashes)."""
        self.muted_until = self.now + self.mute_for
        self.mute_changed.emit()

    def unmute(self) -> None:
        """End the mute now."""
        self.muted_until = None
        self.mute_changed.emit()

    def mute_left(self) -> timedelta:
        """How long the mute still lasts."""
        return max(timedelta(0), self.muted_until - self.now) if self.muted_until else timedelta(0)

    def ring(self, name: str) -> None:
        """Play `name` now (unless muted): a warning that is not about one ticket."""
        self._play(name, force=True)

    def stop_ringing(self, key: OrderKey) -> None:
        """Someone touched the ticket."""
        self.ringing.pop(key, None)

    def _on_alarm(self, kind: str, key: OrderKey) -> None:
        if kind in (AlarmKind.NEW_ORDER, AlarmKind.REFUND_REQUEST):
            self.ringing[key] = kind
            self._play(kind, force=True)
        else:
            self._play(kind, force=True)

    def _play(self, name: str, *, force: bool = False) -> None:
        if self.muted:
            return
        last = self._last.get(name)
        if not force and last is not None and self.now - last < timedelta(seconds=1):
            return
        self._last[name] = self.now
        self.sounds.play(str(name))

    def _due(self, name: str, every: timedelta) -> bool:
        last = self._last.get(name)
        return last is None or self.now - last >= every

    def tick(self, now: datetime) -> None:
        """Called by the shared ticker after the board's tick."""
        self.now = now
        if self.muted_until is not None and now >= self.muted_until:
            self.muted_until = None
            self.mute_changed.emit()
        # Stop ringing for tickets that left the New column (accepted, cancelled, answered).
        for key in [k for k in self.ringing if self.board.column_of(k) is None
                    or self.board.ticket(k) is None or not self._still_waiting(k)]:
            del self.ringing[key]
        if self.muted:
            return
        if self.health.alarming and self._due(MISSED_ORDERS, self.siren_every):
            self._play(MISSED_ORDERS)
        elif self.board.critical() and self._due(AlarmKind.ESCALATION, self.escalate_every):
            self._play(AlarmKind.ESCALATION)
        elif self.ringing:
            kind = next(iter(self.ringing.values()))
            last = max((self._last.get(k, datetime.min.replace(tzinfo=now.tzinfo))
                        for k in (AlarmKind.NEW_ORDER, AlarmKind.REFUND_REQUEST)), default=None)
            if last is None or now - last >= self.ring_every:
                self._play(kind)

    def _still_waiting(self, key: OrderKey) -> bool:
        ticket = self.board.ticket(key)
        if ticket is None:
            return False
        kind = self.ringing.get(key)
        if kind == AlarmKind.REFUND_REQUEST:
            return ticket.status.refund_request is not None
        return ticket.status.stage is Stage.NEW
