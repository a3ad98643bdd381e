"""Write the check-in screen's three sounds (short WAV tones, told apart by ear at a noisy
gate): one high tone boarded, two middle tones already boarded, a low buzz refused.

    .venv/bin/python resources/sounds/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
SOUNDS = {
    "boarded": [(880, 140, 0)],
    "already": [(660, 110, 70), (660, 110, 0)],
    "refused": [(220, 450, 0)],
}


def tone(parts: list[tuple[int, int, int]]) -> bytes:
    """Frequency (Hz), length and silence after (ms) of each part, softened at the ends."""
    frames = bytearray()
    for frequency, length, gap in parts:
        count = RATE * length // 1000
        for i in range(count):
            envelope = min(1.0, i / 200, (count - i) / 200)
            value = 12000 * envelope * math.sin(2 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(value))
        frames += b"\0\0" * (RATE * gap // 1000)
    return bytes(frames)


def main() -> None:
    for name, parts in SOUNDS.items():
        with wave.open(str(Path(__file__).with_name(f"{name}.wav")), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(tone(parts))


if __name__ == "__main__":
    main()
