"""The ``flowroute`` logger and the redaction applied to what it prints."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger("flowroute")

# A run of 7-15 digits standing alone (optionally after +) is treated as a phone
# number; ids such as mdr2-… are hex mixed with letters and stay readable.
_PHONE = re.compile(r"(?<![\w])\+?\d{3,11}(\d{4})(?![\w])")


def redact_phone_numbers(text: str) -> str:
    return _PHONE.sub(lambda m: "***" + m.group(1), text)
