"""A rough passphrase strength check (no extra dependency).

The estimate is deliberately simple: every character costs log2 of the size of the character
classes used, except characters that repeat or continue a run (``aaaa``, ``abcd``, ``4321``),
which cost one bit, and common words or keyboard rows, which cost a fixed ~10 bits each. Four
unrelated words pass easily; ``Password1234`` or ``qwertyuiop12`` do not.
"""

from __future__ import annotations

import math
import unicodedata

from officer_desk.errors import WeakPassphrase

MIN_LENGTH = 12
MIN_BITS = 50.0
_WORD_BITS = 10.0

# Common passwords and their stems (English and Dutch), and keyboard rows. Lowercase.
_COMMON = (
    "password passwort wachtwoord welkom welcome geheim secret letmein admin administrator "
    "qwerty azerty qwertz asdf zxcv iloveyou monkey dragon football voetbal baseball master "
    "shadow sunshine princess trustno1 superman batman starwars whatever freedom default "
    "login changeme test testing hello hallo summer winter zomer lente herfst spring autumn "
    "student studenten universiteit university officer desk abc123 p@ssw0rd"
).split()
_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})


def _pool_size(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(c == " " for c in text):
        pool += 1
    if any(c.isascii() and not c.isalnum() and c != " " for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    return max(pool, 1)


def _pattern_spans(lower: str) -> list[tuple[int, int]]:
    """Spans of common words and keyboard-row runs (length >= 4), non-overlapping, greedy."""
    leet = lower.translate(_LEET)
    candidates: list[tuple[int, int]] = []
    for word in _COMMON:
        if len(word) < 4:
            continue
        for source in (lower, leet):
            start = source.find(word)
            while start != -1:
                candidates.append((start, start + len(word)))
                start = source.find(word, start + 1)
    for row in _ROWS:
        for seq in (row, row[::-1]):
            for size in range(len(seq), 3, -1):
                for i in range(len(seq) - size + 1):
                    part = seq[i : i + size]
                    start = lower.find(part)
                    while start != -1:
                        candidates.append((start, start + size))
                        start = lower.find(part, start + 1)
    candidates.sort(key=lambda span: (-(span[1] - span[0]), span[0]))
    taken: list[tuple[int, int]] = []
    for span in candidates:
        if all(span[1] <= a or span[0] >= b for a, b in taken):
            taken.append(span)
    return sorted(taken)


def estimate_bits(passphrase: str) -> float:
    """A rough, conservative entropy estimate in bits."""
    text = unicodedata.normalize("NFC", passphrase)
    lower = text.lower()
    per_char = math.log2(_pool_size(text))
    spans = _pattern_spans(lower)
    bits = 0.0
    i = 0
    prev = ""
    step = 0
    while i < len(text):
        span = next((s for s in spans if s[0] == i), None)
        if span is not None:
            bits += _WORD_BITS
            prev, step = "", 0
            i = span[1]
            continue
        ch = lower[i]
        if prev:
            diff = ord(ch) - ord(prev)
            if diff == step and abs(diff) <= 1:
                bits += 1.0  # continues a repeat or a run
            else:
                bits += per_char
            step = diff if abs(diff) <= 1 else 99
        else:
            bits += per_char
        prev = ch
        i += 1
    # Repeated blocks ("abcxyzabcxyz") add almost nothing beyond the first copy.
    for size in range(1, len(lower) // 2 + 1):
        if len(lower) % size == 0 and lower[:size] * (len(lower) // size) == lower:
            bits = min(bits, per_char * size + math.log2(len(lower) // size + 1))
            break
    return bits


def check_passphrase_strength(passphrase: str) -> None:
    """Raise ``WeakPassphrase`` unless the passphrase is long and not guessable.

    Rules: at least 12 characters; not a common password, repetition or sequence; and a
    rough entropy estimate of at least ~50 bits.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH or len(set(text.lower())) < 5:
        raise WeakPassphrase()
    if estimate_bits(text) < MIN_BITS:
        raise WeakPassphrase()
