"""Every generated request/response model and enum, so users never import ``flowroute_api``."""

from flowroute_api.models import *  # noqa: F403
from flowroute_api.models import __all__ as __all__
from flowroute_api.types import UNSET as UNSET
from flowroute_api.types import Unset as Unset
