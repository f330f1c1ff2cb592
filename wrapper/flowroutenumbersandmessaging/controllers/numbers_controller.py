"""``NumbersController``: the class of ``client.numbers``."""

from ..flowroutenumbersandmessaging_client import NumbersController

__all__ = ["NumbersController"]
