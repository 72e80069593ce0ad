#!/usr/bin/env bash
# Build the PyInstaller onedir bundle (dist/kds/), print its size and build time, then start it
# offscreen and check that it runs and exits 0, printing the start-up time.
#
#   bash packaging/build.sh                     # build + smoke tests (headless and GUI)
#   KDS_SMOKE=headless bash packaging/build.sh  # only the headless smoke test (all | headless | gui | none)
#
# Run from any directory; uses the project venv (.venv, or $VENV), installing PyInstaller into it
# when it is missing. On Linux the build machine needs the Qt xcb libraries installed (libxcb-cursor0,
# libxkbcommon-x11-0, ...): PyInstaller copies them from the build machine into the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
SMOKE="${KDS_SMOKE:-all}"
DIST="$ROOT/dist"
BUNDLE="$DIST/kds"

if [ ! -x "$PY" ]; then
  echo "build.sh: no venv at $VENV (python3 -m venv .venv && .venv/bin/pip install -e .)" >&2
  exit 2
fi
if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
  echo "== installing PyInstaller into $VENV"
  "$PY" -m pip install -q "pyinstaller>=6.10,<7"
fi
if "$PY" -c "import keyrings.alt" 2>/dev/null; then
  echo "build.sh: keyrings.alt is installed in the build venv; it would store secrets in plain text" >&2
  exit 2
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
seconds() { awk -v ms="$1" -v f="%.${2:-1}f" 'BEGIN { printf f, ms / 1000 }'; }

shopt -s nullglob
ts_files=(translations/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
  echo "== compiling ${#ts_files[@]} translation(s)"
  for ts in "${ts_files[@]}"; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
fi

echo "== PyInstaller $("$PY" -m PyInstaller --version)"
start=$(now_ms)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" kds.spec
end=$(now_ms)
bytes=$(du -sb "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "build time: $(seconds $((end - start))) s"
printf 'bundle: %s, %d MB in %d files\n' "$BUNDLE" "$((bytes / 1000000))" "$files"

EXE="$BUNDLE/kds"
[ -x "$BUNDLE/kds.exe" ] && EXE="$BUNDLE/kds.exe"

# The smoke runs get their own home, so they never read or write this machine's settings or orders.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" \
  XDG_CACHE_HOME="$scratch/cache" QT_QPA_PLATFORM=offscreen

# Runs the bundle with "$@" and fails on a non-zero exit. With marker "stdout" it also prints the
# time to the first line of output; "exit" prints the time to the exit.
run_smoke() {
  local name="$1" marker="$2"; shift 2
  local out="$scratch/$name.out" t0 t_first="" t_end rc=0
  t0=$(now_ms)
  "$EXE" "$@" >"$out" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [ -z "$t_first" ] && [ -s "$out" ]; then t_first=$(now_ms); fi
    sleep 0.02
  done
  wait "$pid" || rc=$?
  t_end=$(now_ms)
  if [ "$rc" != 0 ]; then
    echo "smoke $name: FAILED (exit $rc)"; tail -n 30 "$out"; return 1
  fi
  case "$marker" in
    stdout) echo "smoke $name: exit 0; first output after $(seconds $((${t_first:-$t_end} - t0)) 2) s" ;;
    exit) echo "smoke $name: exit 0 after $(seconds $((t_end - t0)) 2) s" ;;
    *) echo "smoke $name: exit 0 after $(seconds $((t_end - t0))) s" ;;
  esac
}

status=0
if [ "$SMOKE" = all ] || [ "$SMOKE" = headless ]; then
  run_smoke headless stdout --headless --demo --run-for 5 --data-dir "$scratch/headless" || status=1
fi
if [ "$SMOKE" = all ] || [ "$SMOKE" = gui ]; then
  shot="$ROOT/build/smoke-screenshot.png"
  rm -f "$shot"
  if run_smoke gui total --demo --screenshot "$shot" --run-for 10 --data-dir "$scratch/gui"; then
    if [ -s "$shot" ]; then echo "screenshot: $shot"; else echo "smoke gui: FAILED (no screenshot)"; status=1; fi
  else
    status=1
  fi
  # Start-up: a run that takes its picture as soon as the board is shown, then stops the engine and
  # exits, so its duration is an upper bound of the time from launch to a painted board.
  run_smoke start-up exit --demo --screenshot "$scratch/start-up.png" --run-for 0 --data-dir "$scratch/start" \
    || status=1
fi
exit $status
