"""``CDRsController`` (also ``CdrsController``): the class of ``client.cdrs``."""

from .._controllers import CdrsController

CDRsController = CdrsController

__all__ = ["CDRsController", "CdrsController"]
