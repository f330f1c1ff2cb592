"""Every generated request/response model and enum, so users never import ``flowroute_api``.

Each model is imported on first use, as in ``flowroute_api.models``: importing this
module costs almost nothing, and type checkers see ordinary imports.
"""

from typing import TYPE_CHECKING, Any

import flowroute_api.models as _models
from flowroute_api.types import UNSET as UNSET
from flowroute_api.types import Unset as Unset

if TYPE_CHECKING:
    from flowroute_api.models import *  # noqa: F403

__all__ = [*_models.__all__, "UNSET", "Unset"]


def __getattr__(name: str) -> Any:
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
