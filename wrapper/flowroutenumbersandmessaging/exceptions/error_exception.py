"""``ErrorException``: the same class as ``APIException`` (``flowroute.APIStatusError``).

Besides ``context`` and ``response_code`` it has ``errors``, the parsed
``errors[]`` entries with ``status``, ``title``, ``detail`` and ``id``.
"""

from flowroute import ErrorException

__all__ = ["ErrorException"]
