"""Drop-in replacement for Flowroute's old ``flowroutenumbersandmessaging`` package.

A thin layer over :class:`flowroute.FlowrouteClient`: the same controllers and
method names, answering with the JSON the server sent as plain dicts.
"""

from .flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

__all__ = ["FlowroutenumbersandmessagingClient"]
