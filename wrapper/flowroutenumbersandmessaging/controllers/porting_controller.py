"""``PortingController``: the class of ``client.porting``."""

from ..flowroutenumbersandmessaging_client import PortingController

__all__ = ["PortingController"]
