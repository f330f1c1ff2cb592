"""The old SDK's client class, backed by the typed client."""

from __future__ import annotations

from typing import Any

from flowroute import FlowrouteClient
from flowroute_api.operations import RawResources


class FlowroutenumbersandmessagingClient(RawResources):
    """``FlowroutenumbersandmessagingClient(access_key, secret_key)`` as in the old SDK.

    Methods return the response JSON (``result['data'][0]['id']``) or None for
    204, and raise ``ErrorException`` (an alias of ``flowroute.APIStatusError``)
    for API errors. Extra keyword arguments go to :class:`flowroute.FlowrouteClient`.
    """

    client: FlowrouteClient

    def __init__(
        self,
        basic_auth_user_name: str | None = None,
        basic_auth_password: str | None = None,
        **options: Any,
    ) -> None:
        # Controllers (numbers, routes, messages, …) are built on first use, one per spec tag.
        self.client = FlowrouteClient(basic_auth_user_name, basic_auth_password, **options)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> FlowroutenumbersandmessagingClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FlowroutenumbersandmessagingClient({self.client!r})"
