"""How Flowroute splits and bills message text (its own published figures).

Text that is all ASCII travels as encoding 0: up to 160 characters in one
segment, otherwise 140 per segment. Any other character switches the whole
message to encoding 8 (UCS-2): 70 characters per segment. Billing is per
segment. Flowroute documents no maximum SMS length; an MMS carries at most
750 kB in all, text included.
"""

from __future__ import annotations

import dataclasses
import math

from ._validate import MAX_MESSAGE_BYTES

__all__ = ["MAX_MESSAGE_BYTES", "Segments", "segments"]

SINGLE_ASCII = 160
PER_ASCII_SEGMENT = 140
PER_UCS2_SEGMENT = 70


@dataclasses.dataclass(frozen=True)
class Segments:
    encoding: int
    """0 for ASCII text, 8 for UCS-2 (as in ``message_encoding`` of an MDR)."""
    count: int
    """Segments billed for the text (0 for empty text)."""
    characters: int


def segments(text: str) -> Segments:
    """The encoding and number of billed segments for ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    length = len(text)
    if text.isascii():
        count = 0 if length == 0 else 1 if length <= SINGLE_ASCII else math.ceil(length / PER_ASCII_SEGMENT)
        return Segments(encoding=0, count=count, characters=length)
    # UCS-2 counts UTF-16 code units: characters outside the BMP (most emoji) take two.
    units = len(text.encode("utf-16-le")) // 2
    return Segments(encoding=8, count=math.ceil(units / PER_UCS2_SEGMENT), characters=length)
