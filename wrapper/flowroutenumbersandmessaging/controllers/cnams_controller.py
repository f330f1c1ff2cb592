"""``CNAMsController`` (also ``CnamsController``): the class of ``client.cnams``."""

from ..flowroutenumbersandmessaging_client import CnamsController

CNAMsController = CnamsController

__all__ = ["CNAMsController", "CnamsController"]
