"""``PortingController``: the class of ``client.porting``."""

from .._controllers import PortingController

__all__ = ["PortingController"]
