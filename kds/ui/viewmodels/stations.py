"""What this screen's role makes of the board: a kitchen station's lines, the expo's progress, Recall.

The counter shows every order with every action, as it always has, plus each station's progress
once the restaurant has stations. A kitchen station shows only the accepted orders with lines
routed to it, only those lines (a tap marks one made), "+ 2 items at DRINKS" for the rest, and
one Bump; a bumped order leaves its screen and waits in Recall. The expo shows every order, which
stations are still working on it, and its own Bump, which only works once every station is done.
"""

from __future__ import annotations

import dataclasses

from kds.domain.order import OrderKey
from kds.domain.routing import StationProgress
from kds.domain.states import Stage
from kds.services.orders import Ticket
from kds.services.stations import StationService
from kds.station.settings import Role
from kds.store.stations import EXPO, Bumped
from kds.ui.viewmodels.card import Button, ButtonStyle, CardData, StatusLine, Tone
from kds.ui.wording import tr

BUMP = "bump"
"""The button id of a station's Bump."""
LINE = "line"
"""The id prefix of a tap on a kitchen card's item line (`line:<line id>`)."""


def elsewhere_text(part: StationProgress) -> str:
    """"+ 2 items at DRINKS": what another station makes of the same order."""
    if part.item_count == 1:
        return tr("+ 1 item at %1").replace("%1", part.station)
    return tr("+ %1 items at %2").replace("%1", str(part.item_count)).replace("%2", part.station)


def progress_text(parts: tuple[StationProgress, ...]) -> str:
    """"GRILL done · DRINKS working": where each station stands on an order."""
    return " · ".join((tr("%1 done") if p.done else tr("%1 working")).replace("%1", p.station) for p in parts)


class StationBoard:
    """The board as this screen's role shows it (`role`; `station` for a kitchen station)."""

    def __init__(self, service: StationService, role: Role = Role.COUNTER, station: str = "") -> None:
        """Show the board as `role` over the restaurant's routing and bumps in `service`."""
        self.service = service
        self.role = role
        self.station = station if role is Role.KITCHEN else EXPO

    @property
    def kitchen(self) -> bool:
        """True on a kitchen station's screen."""
        return self.role is Role.KITCHEN

    @property
    def bumps(self) -> bool:
        """True when this screen bumps orders and offers Recall (a kitchen station or the expo)."""
        return self.role is not Role.COUNTER

    def shows(self, ticket: Ticket) -> bool:
        """True when `ticket` belongs on this screen now."""
        if self.role is Role.COUNTER:
            return True
        if self.role is Role.EXPO:
            return "" not in self.service.bumps_of(ticket.key).get(EXPO, set())
        if ticket.status.stage is not Stage.ACCEPTED:
            return False  # the kitchen makes what was accepted; Ready (the counter's) ends its part too
        mine = next((p for p in self.service.progress(ticket.order) if p.station == self.station), None)
        return mine is not None and not mine.bumped

    def card(self, card: CardData, ticket: Ticket) -> CardData:
        """`card` (the counter's) as this screen shows it."""
        if not self.service.routing().active and self.role is not Role.EXPO:
            return card
        parts = self.service.progress(ticket.order)
        if self.kitchen:
            return self._kitchen(card, ticket, parts)
        statuses = card.statuses
        if parts and ticket.status.stage is Stage.ACCEPTED:  # once Ready, where the kitchen stood is moot
            all_done = all(p.done for p in parts)
            statuses = (StatusLine(progress_text(parts), Tone.OK if all_done else Tone.BUSY), *statuses)
        buttons = card.buttons
        if self.role is Role.EXPO and not card.alert:
            ready = all(p.done for p in parts)
            # Beside the primary action (Ready), where a narrow card does not fold it away into "more".
            bump = Button(BUMP, tr("Bump"), ButtonStyle.NORMAL, enabled=ready)
            buttons = (*buttons[:1], bump, *buttons[1:])
        return dataclasses.replace(card, statuses=statuses, buttons=buttons)

    def _kitchen(self, card: CardData, ticket: Ticket, parts: tuple[StationProgress, ...]) -> CardData:
        mine = next((p for p in parts if p.station == self.station), None)
        if mine is None:
            return dataclasses.replace(card, items=(), buttons=(), statuses=())
        position = {line.line_id: i for i, line in enumerate(ticket.order.lines)}
        items = tuple(dataclasses.replace(card.items[position[line.line_id]], tap=f"{LINE}:{line.line_id}",
                                          done=line.line_id in mine.done_lines)
                      for line in mine.lines if position.get(line.line_id, len(card.items)) < len(card.items))
        others = tuple(StatusLine(elsewhere_text(p), Tone.BUSY) for p in parts if p.station != self.station)
        count = mine.item_count
        return dataclasses.replace(
            card, items=items, statuses=others, refund="", rider="", contact="", pin="",
            item_count=tr("1 item") if count == 1 else tr("%1 items").replace("%1", str(count)),
            buttons=(Button(BUMP, tr("Bump"), ButtonStyle.PRIMARY),))

    # -- what staff do -----------------------------------------------------------------------

    def bump(self, key: OrderKey) -> None:
        """This screen finished `key`: it leaves the screen and waits in Recall."""
        self.service.bump(key, self.station)

    def toggle_line(self, key: OrderKey, line_id: str) -> None:
        """A kitchen station made line `line_id` of `key` (or takes it back)."""
        self.service.toggle_line(key, self.station, line_id)

    def recall(self, key: OrderKey) -> None:
        """`key` comes back to this screen as before it was bumped."""
        self.service.recall(key, self.station)

    def recent(self) -> list[Bumped]:
        """The orders this screen bumped last, latest first."""
        return self.service.recent(self.station)
