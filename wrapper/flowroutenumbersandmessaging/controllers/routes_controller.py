"""``RoutesController``: the class of ``client.routes``."""

from .._controllers import RoutesController

__all__ = ["RoutesController"]
