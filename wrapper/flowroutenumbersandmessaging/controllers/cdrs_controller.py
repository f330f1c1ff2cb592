"""``CDRsController`` (also ``CdrsController``): the class of ``client.cdrs``."""

from ..flowroutenumbersandmessaging_client import CdrsController

CDRsController = CdrsController

__all__ = ["CDRsController", "CdrsController"]
