"""The old SDK's client class, backed by the typed client."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from flowroute import FlowrouteClient
from flowroute_api.operations import RawResources

from .configuration import Configuration, client_settings

if TYPE_CHECKING:
    from ._controllers import CdrsController, PortingController


class FlowroutenumbersandmessagingClient(RawResources):
    """``FlowroutenumbersandmessagingClient(access_key, secret_key)``: dict-based controllers.

    Methods return the response JSON (``result['data'][0]['id']``) or None for
    204, and raise ``ErrorException`` (an alias of ``flowroute.APIStatusError``)
    for API errors. Extra keyword arguments go to :class:`flowroute.FlowrouteClient`.
    Anything not given here comes from :class:`Configuration` as it is at that
    moment (see ``flowroutenumbersandmessaging.configuration``); ``config`` is
    that class. docs/MIGRATING.md lists what differs from Flowroute's own SDK.
    """

    config = Configuration
    client: FlowrouteClient

    def __init__(
        self,
        basic_auth_user_name: str | None = None,
        basic_auth_password: str | None = None,
        **options: Any,
    ) -> None:
        user, password, settings = client_settings(basic_auth_user_name, basic_auth_password, options)
        # Controllers (numbers, routes, messages, …) are built on first use, one per spec tag.
        self.client = FlowrouteClient(user, password, **settings)

    @cached_property
    def cdrs(self) -> CdrsController:
        """Export call detail records (CDRs) as CSV files; the file helpers keep the old SDK's shapes."""
        from ._controllers import CdrsController

        return CdrsController(self.client)

    @cached_property
    def porting(self) -> PortingController:
        """Port numbers to Flowroute; ``checkPortability`` also takes numbers without ``+``."""
        from ._controllers import PortingController

        return PortingController(self.client)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> FlowroutenumbersandmessagingClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FlowroutenumbersandmessagingClient({self.client!r})"
