"""``NumbersController``: the class of ``client.numbers``."""

from .._controllers import NumbersController

__all__ = ["NumbersController"]
