"""``RoutesController``: the class of ``client.routes``."""

from ..flowroutenumbersandmessaging_client import RoutesController

__all__ = ["RoutesController"]
