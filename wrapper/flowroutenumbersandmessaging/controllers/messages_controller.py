"""``MessagesController``: the class of ``client.messages``."""

from .._controllers import MessagesController

__all__ = ["MessagesController"]
