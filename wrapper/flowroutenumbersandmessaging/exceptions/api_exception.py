"""``APIException``: any answer outside 2xx (``flowroute.APIStatusError``).

Handlers read ``e.response_code``, ``e.context.response.raw_body``,
``e.context.response.status_code`` and ``e.context.response.headers``.
"""

from flowroute import APIStatusError as APIException

__all__ = ["APIException"]
