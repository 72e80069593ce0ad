"""Running the simulator: the threaded server, the in-loop server and `kds simulator`."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from kds.clock import FakeClock
from kds.simulator.cli import build_parser, config_from_args
from kds.simulator.keeta_od import AsyncSimulatorServer, SimConfig, SimulatorServer

PROJECT_ROOT = Path(__file__).resolve().parents[3]
BASE_URL = re.compile(r"^http://127\.0\.0\.1:(\d+)/api/open/opendelivery$")
# A taken port: "Address already in use" (POSIX) or WSAEADDRINUSE's text (Windows).
ADDRESS_IN_USE = r"(?i)address already in use|only one usage of each socket address"


def _token(base_url: str, server: SimulatorServer | AsyncSimulatorServer) -> httpx.Response:
    creds = server.credentials
    return httpx.post(base_url + "/oauth/token", data={
        "client_id": creds.client_id, "client_secret": creds.client_secret, "grant_type": "client_credentials"})


def test_context_manager_serves_on_a_free_port_and_stops() -> None:
    with SimulatorServer(SimConfig(seed=1), clock=FakeClock()) as server:
        match = BASE_URL.match(server.base_url)
        assert match and int(match.group(1)) == server.port > 0
        assert server.state.base_url == server.base_url
        assert _token(server.base_url, server).status_code == 200
        assert len(server.credentials.merchant_ids) == 2
    with pytest.raises(httpx.ConnectError):
        _token(server.base_url, server)


def test_a_busy_port_fails_to_start() -> None:
    with SimulatorServer(clock=FakeClock()) as first:
        second = SimulatorServer(clock=FakeClock(), port=first.port)
        with pytest.raises(OSError, match=ADDRESS_IN_USE):
            second.start()
        second.stop()


def test_base_url_before_start_is_an_error() -> None:
    with pytest.raises(RuntimeError):
        _ = SimulatorServer().base_url


async def test_async_server_runs_in_the_current_loop() -> None:
    async with AsyncSimulatorServer(SimConfig(seed=2), clock=FakeClock()) as server:
        creds = server.credentials
        async with httpx.AsyncClient() as http:
            response = await http.post(server.base_url + "/oauth/token", data={
                "client_id": creds.client_id, "client_secret": creds.client_secret,
                "grant_type": "client_credentials"})
        assert response.status_code == 200
        order_id = server.state.create_order("pickup")
        assert server.state.order_state(order_id).status == "CREATED"


def test_cli_arguments_become_a_config() -> None:
    args = build_parser().parse_args(["--port", "0", "--time-scale", "10", "--rate", "3", "--faults", "0.3",
                                      "--seed", "42", "--clock-skew", "-90", "--hang", "5"])
    config = config_from_args(args)
    assert (config.time_scale, config.order_rate_per_min, config.seed) == (10, 3, 42)
    assert config.clock_skew.total_seconds() == -90
    assert config.faults.fault_5xx == pytest.approx(0.1)
    assert config.faults.hang_seconds == 5
    with pytest.raises(ValueError, match=r"--faults must be within \[0, 1\]"):
        config_from_args(build_parser().parse_args(["--faults", "2"]))


@pytest.mark.slow  # starts `kds simulator` as a subprocess
@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_kds_simulator_prints_credentials_and_exits_cleanly_on_signal(stop_signal: signal.Signals) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "kds", "simulator", "--port", "0", "--seed", "3"],
                               cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(5)]
        pairs = (line.split(": ", 1) for line in lines[1:] if ": " in line)
        fields = {key.strip(): value.strip() for key, value in pairs}
        assert BASE_URL.match(fields["base URL"])
        response = httpx.post(fields["base URL"] + "/oauth/token", data={
            "client_id": fields["client id"], "client_secret": fields["client secret"],
            "grant_type": "client_credentials"})
        assert response.status_code == 200
        assert 36 <= len(fields["merchant ids"]) <= 100
        process.send_signal(stop_signal)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
