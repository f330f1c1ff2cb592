"""``flowroutenumbersandmessaging``: dict-based controllers over :class:`flowroute.FlowrouteClient`.

Controllers and method names with positional parameters, answering with the JSON
the server sent as plain dicts. Defaults for new clients live in
``flowroutenumbersandmessaging.configuration.Configuration``. docs/MIGRATING.md
compares it with Flowroute's own ``flowroutenumbersandmessaging`` package.
"""

from .flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

__all__ = ["FlowroutenumbersandmessagingClient"]
