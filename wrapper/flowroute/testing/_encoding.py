"""The price of a message: segments by ``flowroute.sms.segments`` (the reference's §8.4 rules), billed per segment."""

from __future__ import annotations

import dataclasses

from ..sms import segments

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
    counted = segments(body or "")
    if is_mms:
        return Pricing(counted.encoding, 1, MMS_NANODOLLARS)
    # An empty SMS is still one billed message.
    billed = max(1, counted.count)
    return Pricing(counted.encoding, billed, billed * SMS_SEGMENT_NANODOLLARS)
