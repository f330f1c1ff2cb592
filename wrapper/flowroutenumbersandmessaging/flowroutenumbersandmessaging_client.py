"""``FlowroutenumbersandmessagingClient``: the façade's client, backed by ``flowroute.FlowrouteClient``."""

from __future__ import annotations

from typing import Any

from flowroute import FlowrouteClient
from flowroute._api import raw_controller, raw_method
from flowroute._operations.cdrs import CdrsResource, create_cdr_export
from flowroute._operations.cnams import CnamsResource
from flowroute._operations.e911s import E911sResource
from flowroute._operations.messages import MessagesResource
from flowroute._operations.numbers import NumbersResource
from flowroute._operations.porting import PortingResource
from flowroute._operations.provisioning import MessageProvisioningResource
from flowroute._operations.routes import RoutesResource

from . import _cdr_files
from ._lenient import checkPortability
from .configuration import Configuration, client_settings

NumbersController = raw_controller(NumbersResource, "NumbersController")
RoutesController = raw_controller(RoutesResource, "RoutesController")
MessagesController = raw_controller(MessagesResource, "MessagesController")
E911sController = raw_controller(E911sResource, "E911sController")
CnamsController = raw_controller(CnamsResource, "CnamsController")
# The later Flowroute SDK's camelCase name, kept here only.
PortingController = raw_controller(PortingResource, "PortingController", {"checkPortability": checkPortability})
# `create_cdr` is the name the later SDK's README used for create_cdr_export.
CdrsController = raw_controller(
    CdrsResource,
    "CdrsController",
    {
        "create_cdr": raw_method(create_cdr_export),
        "download_cdr_export": _cdr_files.download_cdr_export,
        "parse_cdr_export": _cdr_files.parse_cdr_export,
    },
)
MessageProvisioningController = raw_controller(MessageProvisioningResource, "MessageProvisioningController")


class FlowroutenumbersandmessagingClient:
    """``FlowroutenumbersandmessagingClient(access_key, secret_key)``: dict-based controllers.

    Methods return the response JSON (``result['data'][0]['id']``) or None for
    204, and raise ``ErrorException`` (an alias of ``flowroute.APIStatusError``)
    for API errors. Extra keyword arguments go to :class:`flowroute.FlowrouteClient`.
    Anything not given here comes from :class:`Configuration` as it is at that
    moment (see ``flowroutenumbersandmessaging.configuration``); ``config`` is
    that class. docs/MIGRATING.md lists what differs from Flowroute's own SDK.
    """

    config = Configuration

    def __init__(
        self,
        basic_auth_user_name: str | None = None,
        basic_auth_password: str | None = None,
        **options: Any,
    ) -> None:
        user, password, settings = client_settings(basic_auth_user_name, basic_auth_password, options)
        self.client = FlowrouteClient(user, password, **settings)
        self.numbers = NumbersController(self.client)
        self.routes = RoutesController(self.client)
        self.messages = MessagesController(self.client)
        self.e911s = E911sController(self.client)
        self.cnams = CnamsController(self.client)
        self.porting = PortingController(self.client)
        self.cdrs = CdrsController(self.client)
        self.message_provisioning = MessageProvisioningController(self.client)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> FlowroutenumbersandmessagingClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FlowroutenumbersandmessagingClient({self.client!r})"
