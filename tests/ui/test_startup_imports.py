"""The first paint of the board loads no printing, keyring, HTTP-client or chart code.

Start-up time is measured by `bench/startup.py`; this checks what it depends on: a fresh process
(the test process has loaded everything already) builds the real main window on a store with the
showcase's board, paints it, and reports which of the heavy modules were imported by then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DEFERRED = ("escpos", "keyring", "httpx", "cryptography", "kds.printing.render", "kds.platforms.zeek.client",
            "PySide6.QtCharts")
"""Modules the board's first paint does not need: loaded when something prints or connects, a secret is
read or the report opens."""

CHILD = """
import json, sys
from pathlib import Path
import kds.ui  # noqa: F401 - pins None/True/False before the Qt calls
from kds.clock import FakeClock
from kds.services.engine import Engine
from kds.store.db import Database
from kds.ui.launcher import SCREENSHOT_SIZE, application
from kds.ui.settings import UiSettings
from kds.ui.showcase import BUSY, SHOWCASE_NOW, adapters, seed_board
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow

app = application()
db = Database(Path(sys.argv[1]) / "kds.sqlite3")
seed_board(db, SHOWCASE_NOW, BUSY)
clock = FakeClock(SHOWCASE_NOW)
window = MainWindow(Engine(db, adapters(), clock), clock, UiSettings(sounds=False), sounds=SoundBoard(enabled=False),
                    start_ticker=False)
window.resize(*SCREENSHOT_SIZE)
window.show()
app.processEvents()
window.repaint()
loaded = [name for name in json.loads(sys.argv[2]) if name in sys.modules]
print(json.dumps({"cards": sum(window.board.count(c) for c in Column), "loaded": loaded}))
window.close()
db.close()
"""


@pytest.mark.slow  # a fresh Python process paints the window
def test_the_first_paint_of_the_board_imports_no_printing_keyring_http_or_chart_code(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), json.dumps(DEFERRED)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said["cards"] > 20  # the showcase's board was painted
    assert said["loaded"] == []
