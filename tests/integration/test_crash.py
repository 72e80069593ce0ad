"""Crash safety: the headless engine is SIGKILLed at random moments, many times, then restarted.

Afterwards no order is missing, none was confirmed twice, every event the platform considers
acknowledged is in the journal (acknowledged only after it was stored), and the polling rate limit
held across all the restarts.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kds.simulator.keeta_od import Faults, SimConfig, SimulatorServer
from tests.integration.conftest import headless_command, headless_env, max_polls_in_window, stored

SCALE = 20.0  # platform time 20x faster: the rate-limit window is 3 s, the acceptance window 15 s
COMPLETE = "SELECT order_id FROM orders WHERE details = 'complete'"  # placeholders do not count


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    # Besides the kills: acknowledgments that fail (5xx, 429, answers lost after the platform took
    # them) and first answers to order details that are incomplete, 404 or truncated.
    faults = Faults(duplicate_rate=0.2, fault_ops=frozenset({"acknowledgment", "order"}), fault_5xx=0.15,
                    fault_lost_answer=0.15, fault_statuses=(429, 503), retry_after=0.2, bad_get_rate=0.3,
                    bad_gets=1)
    config = SimConfig(time_scale=SCALE, seed=11, order_rate_per_min=1.0, customer_cancel_rate=0.1,
                       refund_request_rate=0.1, faults=faults)
    db_path = tmp_path / "kds.sqlite3"
    with SimulatorServer(config) as sim:
        sim.state.create_order("pickup")  # at least one order exists from the start
        cmd = headless_command(sim, tmp_path, "--auto-accept")
        env = headless_env(sim)
        kills = 0
        for _ in range(12):
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, 3.5))  # startup, mid-poll, mid-ingest, mid-confirm: anywhere
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            kills += 1
        # A last, clean run until everything the platform has is stored and acknowledged.
        # (The simulator keeps creating orders meanwhile: judge against the orders that existed
        # when the engine had caught up, not ones created in the last instant before the check.)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                time.sleep(1.0)
                orders = set(sim.state.order_ids())
                if db_path.exists() and orders <= stored(db_path, COMPLETE) and not _unacked(sim):
                    break
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err[-2000:]

        in_app = stored(db_path, COMPLETE)
        assert kills == 12 and len(orders) >= 3
        assert orders <= in_app, f"missing orders: {orders - in_app}"

        for order_id in orders:
            confirms = [c for c in sim.state.calls(order_id, "confirm") if c.applied]
            assert len(confirms) <= 1, f"order {order_id} confirmed {len(confirms)} times"

        acked = set().union(*sim.state.store.acked.values())
        journal = stored(db_path, "SELECT event_id FROM events") | stored(db_path, "SELECT event_id FROM quarantine")
        assert acked, "the engine acknowledged nothing"
        assert acked <= journal, f"acknowledged but never stored: {acked - journal}"

        polls = [r.at for records in sim.state.poll_log().values() for r in records]
        stats = sim.state.stats()
        assert stats.faults and stats.bad_gets_sent, f"no faults were injected: {stats.faults}"
        assert stats.ack_duplicate_entries == 0
        assert stats.rate_limited == 0
        assert max_polls_in_window(polls, config.scaled(60)) <= config.rate_limit_per_window


def _unacked(sim: SimulatorServer) -> bool:
    """True while the platform still holds events nobody acknowledged."""
    now = sim.state.now()
    merchants = sim.credentials.merchant_ids
    return any(sim.state.store.pending(queue, merchants, now) for queue in sim.state.store.acked) or \
        not sim.state.store.acked
