"""``CNAMsController`` (also ``CnamsController``): the class of ``client.cnams``."""

from .._controllers import CnamsController

CNAMsController = CnamsController

__all__ = ["CNAMsController", "CnamsController"]
