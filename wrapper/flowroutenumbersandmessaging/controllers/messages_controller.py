"""``MessagesController``: the class of ``client.messages``."""

from ..flowroutenumbersandmessaging_client import MessagesController

__all__ = ["MessagesController"]
