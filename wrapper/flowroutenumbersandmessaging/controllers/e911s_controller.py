"""``E911sController``: the class of ``client.e911s``."""

from ..flowroutenumbersandmessaging_client import E911sController

__all__ = ["E911sController"]
