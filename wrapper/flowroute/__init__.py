"""Typed Python SDK for Flowroute's Numbers v2 and Messages v2.1 APIs.

from flowroute import FlowrouteClient

with FlowrouteClient() as client:  # FR_ACCESS_KEY / FR_SECRET_KEY
    page = client.numbers.list_account_phone_numbers(limit=10)
    for number in page.data:
        print(number.id, number.attributes.alias)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._client import AsyncFlowrouteClient, FlowrouteClient
from ._config import DEFAULT_TIMEOUT, RetryPolicy
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchRejectedError,
    ClientClosedError,
    ErrorDetail,
    FlowrouteError,
    InvalidParameterError,
    JournalError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    SendOutcomeUnknownError,
    ServerError,
    UnprocessableEntityError,
)
from ._public import present
from ._response import RawResponse
from ._version import __version__

if TYPE_CHECKING:
    from ._bulk import SendProgress, SendResult
    from ._sort import sort_by
    from .cdr import CdrExportNotReadyError, CdrRecord, parse_cdr_export

# The old SDK's name for API errors, so `except ErrorException` keeps working.
ErrorException = APIStatusError

__all__ = [
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFlowrouteClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchRejectedError",
    "CdrExportNotReadyError",
    "CdrRecord",
    "ClientClosedError",
    "ErrorDetail",
    "ErrorException",
    "FlowrouteClient",
    "FlowrouteError",
    "InvalidParameterError",
    "JournalError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SendOutcomeUnknownError",
    "SendProgress",
    "SendResult",
    "ServerError",
    "UnprocessableEntityError",
    "__version__",
    "parse_cdr_export",
    "sort_by",
]

# Loaded on first use, with the module that defines them: send_many's results, sort_by
# (which needs attrs) and the CDR file tools cost more to import than the clients do,
# and most programs use none of them.
_LAZY = {
    "SendProgress": "._bulk",
    "SendResult": "._bulk",
    "sort_by": "._sort",
    "CdrExportNotReadyError": ".cdr",
    "CdrRecord": ".cdr",
    "parse_cdr_export": ".cdr",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'flowroute' has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


present(*(globals()[name] for name in __all__ if name not in _LAZY))
