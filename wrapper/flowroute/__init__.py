"""Typed Python SDK for Flowroute's Numbers v2 and Messages v2.1 APIs.

from flowroute import FlowrouteClient

with FlowrouteClient() as client:  # FR_ACCESS_KEY / FR_SECRET_KEY
    page = client.numbers.list_account_phone_numbers(limit=10)
    for number in page.data:
        print(number.id, number.attributes.alias)
"""

from types import FunctionType

from ._bulk import BatchRejectedError, JournalError, SendOutcomeUnknownError, SendProgress, SendResult
from ._client import AsyncFlowrouteClient, FlowrouteClient
from ._config import DEFAULT_TIMEOUT, RetryPolicy
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ErrorDetail,
    FlowrouteError,
    InvalidParameterError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
)
from ._response import RawResponse
from ._sort import sort_by
from ._version import __version__
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

# Public names report the package they are imported from (as httpx's do), so reprs,
# tracebacks and docs say flowroute.APIStatusError rather than a private module.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type | FunctionType):
        _value.__module__ = "flowroute"
del _name, _value
