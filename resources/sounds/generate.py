"""Generate the alarm sounds (small mono WAV files) with the standard library only.

Run `python resources/sounds/generate.py` after changing a tone; the WAV files are committed.
Each sound is distinct in pitch and rhythm so that staff can tell them apart without looking:
a friendly two-note chime for a new order, a fast loud triple beep when a deadline is under a
minute, a falling pair for a cancellation, a rising triad for a refund request, a short double
ding when a rider arrives, and a harsh siren when orders may be missed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050

# (frequency Hz, start s, duration s, amplitude 0..1); 0 Hz is silence.
Note = tuple[float, float, float, float]

SOUNDS: dict[str, list[Note]] = {
    "new_order": [(880.0, 0.00, 0.28, 0.55), (1318.5, 0.22, 0.45, 0.55)],
    "escalation": [(1760.0, 0.00, 0.12, 0.95), (1760.0, 0.18, 0.12, 0.95), (1760.0, 0.36, 0.12, 0.95),
                   (2093.0, 0.54, 0.22, 0.95)],
    "cancelled": [(784.0, 0.00, 0.25, 0.6), (523.3, 0.22, 0.50, 0.6)],
    "refund_request": [(659.3, 0.00, 0.18, 0.5), (830.6, 0.15, 0.18, 0.5), (987.8, 0.30, 0.40, 0.5)],
    "rider_arrived": [(1568.0, 0.00, 0.15, 0.45), (1568.0, 0.20, 0.25, 0.45)],
    "missed_orders": [(988.0, 0.00, 0.25, 0.9), (740.0, 0.25, 0.25, 0.9), (988.0, 0.50, 0.25, 0.9),
                      (740.0, 0.75, 0.25, 0.9)],
}


def render(notes: list[Note]) -> bytes:
    """Mix `notes` into 16-bit PCM with a soft attack and exponential decay (a bell, not a buzzer)."""
    length = max(start + duration for _, start, duration, _ in notes) + 0.05
    samples = [0.0] * int(length * RATE)
    for freq, start, duration, amplitude in notes:
        first = int(start * RATE)
        count = int(duration * RATE)
        for i in range(count):
            t = i / RATE
            attack = min(1.0, t / 0.008)
            decay = math.exp(-3.0 * t / duration)
            release = min(1.0, (count - i) / (0.01 * RATE))
            # A little of the octave makes a chime instead of a pure sine beep.
            wave_value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
            samples[first + i] += amplitude * attack * decay * release * wave_value / 1.25
    # Normalise to the loudest note's amplitude, so an escalation really is louder than a chime.
    target = max(amplitude for *_, amplitude in notes)
    peak = max(1e-9, max(abs(s) for s in samples))
    return b"".join(struct.pack("<h", int(32767 * target * s / peak)) for s in samples)


def main() -> None:
    """Write every sound next to this script."""
    here = Path(__file__).resolve().parent
    for name, notes in SOUNDS.items():
        with wave.open(str(here / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes))


if __name__ == "__main__":
    main()
