"""Façade methods that take arguments in the forms old code passes them.

The typed client refuses these forms; here they are put right before the same
call is made, so the request the server sees is the documented one.
"""

from __future__ import annotations

import re
from typing import Any, Final

from flowroute._operations.porting import check_portability
from flowroute._resources import RawResource, raw_method

__all__ = ["checkPortability"]

_DIGITS_ONLY: Final = re.compile(r"\d{8,15}")
_check_portability = raw_method(check_portability)


def checkPortability(self: RawResource, numbers: list[str]) -> Any:
    """Check whether ``numbers`` can be ported to Flowroute.

    Numbers may be given with or without the leading ``+`` (``"14254664444"``);
    the API is sent E.164 with ``+``.
    """
    if isinstance(numbers, list | tuple):
        numbers = [f"+{n}" if isinstance(n, str) and _DIGITS_ONLY.fullmatch(n) else n for n in numbers]
    return _check_portability(self, numbers)
