"""``E911sController``: the class of ``client.e911s``."""

from .._controllers import E911sController

__all__ = ["E911sController"]
