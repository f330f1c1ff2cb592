"""Segments and price of a message, by the encoding rules in the API reference (§8.4).

Text that is all ASCII goes as encoding 0: one segment up to 160 characters,
otherwise 140 characters a segment. Any other character makes the message
UCS-2 (encoding 8): 70 UTF-16 code units a segment. Billing is per segment.
"""

from __future__ import annotations

import dataclasses
import math

GSM_SINGLE = 160
GSM_PART = 140
UCS2_PART = 70

# The reference's example figures: $0.0040 an SMS segment, $0.0195 an MMS.
SMS_SEGMENT_NANODOLLARS = 4_000_000
MMS_NANODOLLARS = 19_500_000


@dataclasses.dataclass(frozen=True)
class Pricing:
    encoding: int
    segments: int
    amount_nanodollars: int

    @property
    def amount_display(self) -> str:
        return f"${self.amount_nanodollars / 1e9:.4f}"


def price(body: str | None, *, is_mms: bool) -> Pricing:
    text = body or ""
    ascii_only = text.isascii()
    encoding = 0 if ascii_only else 8
    if is_mms:
        return Pricing(encoding, 1, MMS_NANODOLLARS)
    if ascii_only:
        length = len(text)
        segments = 1 if length <= GSM_SINGLE else math.ceil(length / GSM_PART)
    else:
        units = len(text.encode("utf-16-le")) // 2
        segments = max(1, math.ceil(units / UCS2_PART))
    return Pricing(encoding, segments, segments * SMS_SEGMENT_NANODOLLARS)
