"""Defaults for façade clients: ``Configuration.basic_auth_user_name = "..."``.

Assigning a class attribute changes the settings of every
``FlowroutenumbersandmessagingClient`` made afterwards; a client reads them once,
when it is made, so clients that already exist keep theirs. Arguments given to
the client itself win over these defaults. ``flowroute.FlowrouteClient`` and
``flowroute.AsyncFlowrouteClient`` never read this class.

An attribute left at ``None`` means the SDK's own default: the ``FR_ACCESS_KEY``
and ``FR_SECRET_KEY`` environment variables for the credentials,
``FLOWROUTE_BASE_URL`` or ``https://api.flowroute.com`` for the base URI, and
30 seconds (5 to connect) for the timeout.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["Configuration"]


class Configuration:
    """Class-level settings read by façade clients when they are made.

    Read and assign them on the class (``Configuration.base_uri = ...``);
    instances see the same values.
    """

    basic_auth_user_name: ClassVar[str | None] = None
    """The access key (the account's API user name)."""

    basic_auth_password: ClassVar[str | None] = None
    """The secret key."""

    base_uri: ClassVar[str | None] = None
    """Scheme and host of the API, e.g. ``https://api.flowroute.com``."""

    timeout: ClassVar[float | None] = None
    """Seconds to wait for each request."""

    array_serialization: ClassVar[str] = "indexed"
    """Read-only in effect: list parameters are always sent the way the API documents them."""


def client_settings(
    basic_auth_user_name: str | None, basic_auth_password: str | None, options: dict[str, Any]
) -> tuple[str | None, str | None, dict[str, Any]]:
    """The credentials and ``FlowrouteClient`` options for a new façade client.

    Explicit arguments first, then what ``Configuration`` holds now.
    """
    merged = dict(options)
    if Configuration.base_uri is not None:
        merged.setdefault("base_url", Configuration.base_uri)
    if Configuration.timeout is not None:
        merged.setdefault("timeout", Configuration.timeout)
    user = basic_auth_user_name if basic_auth_user_name is not None else Configuration.basic_auth_user_name
    password = basic_auth_password if basic_auth_password is not None else Configuration.basic_auth_password
    return user, password, merged
