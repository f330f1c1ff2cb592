"""The operation layer: one module per spec tag with request builders, constraint tables and resources.

``SyncResources``, ``AsyncResources`` and ``RawResources`` give the clients one
attribute per tag, imported on first use so ``import flowroute`` stays small.
Where ``flowroute/_operations/<tag>.py`` adds conveniences, its subclass is used.

Generated from spec/flowroute.yaml by `make generate`; edit the spec or the templates, never this file.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from flowroute._operations.cdrs import (
        AsyncCdrsResource,
        CdrsResource,
        RawCdrsResource,
    )
    from flowroute._operations.cnams import (
        AsyncCnamsResource,
        CnamsResource,
        RawCnamsResource,
    )
    from flowroute._operations.e911s import (
        AsyncE911sResource,
        E911sResource,
        RawE911sResource,
    )
    from flowroute._operations.message_provisioning import (
        AsyncMessageProvisioningResource,
        MessageProvisioningResource,
        RawMessageProvisioningResource,
    )
    from flowroute._operations.messages import (
        AsyncMessagesResource,
        MessagesResource,
        RawMessagesResource,
    )
    from flowroute._operations.numbers import (
        AsyncNumbersResource,
        NumbersResource,
        RawNumbersResource,
    )
    from flowroute._operations.porting import (
        AsyncPortingResource,
        PortingResource,
        RawPortingResource,
    )
    from flowroute._operations.routes import (
        AsyncRoutesResource,
        RawRoutesResource,
        RoutesResource,
    )
    from flowroute._resources import AsyncRunner, SyncRunner

    from flowroute_api.operations.cdrs import (
        AsyncCdrsWithRawResponse,
        CdrsWithRawResponse,
    )
    from flowroute_api.operations.cnams import (
        AsyncCnamsWithRawResponse,
        CnamsWithRawResponse,
    )
    from flowroute_api.operations.e911s import (
        AsyncE911sWithRawResponse,
        E911sWithRawResponse,
    )
    from flowroute_api.operations.message_provisioning import (
        AsyncMessageProvisioningWithRawResponse,
        MessageProvisioningWithRawResponse,
    )
    from flowroute_api.operations.messages import (
        AsyncMessagesWithRawResponse,
        MessagesWithRawResponse,
    )
    from flowroute_api.operations.numbers import (
        AsyncNumbersWithRawResponse,
        NumbersWithRawResponse,
    )
    from flowroute_api.operations.porting import (
        AsyncPortingWithRawResponse,
        PortingWithRawResponse,
    )
    from flowroute_api.operations.routes import (
        AsyncRoutesWithRawResponse,
        RoutesWithRawResponse,
    )

TAGS: tuple[str, ...] = (
    "numbers",
    "routes",
    "messages",
    "e911s",
    "cnams",
    "message_provisioning",
    "porting",
    "cdrs",
)


class SyncResources:
    """The resources of ``FlowrouteClient``, one per spec tag."""

    @cached_property
    def with_raw_response(self) -> WithRawResponse:
        """The same operations answering ``RawResponse`` (status, headers, ``parse()``)."""
        return WithRawResponse(cast("SyncRunner", self))

    @cached_property
    def numbers(self) -> NumbersResource:
        """Search Flowroute's inventory, buy numbers and read the numbers on the account."""
        from flowroute._operations.numbers import NumbersResource

        return NumbersResource(cast("SyncRunner", self))

    @cached_property
    def routes(self) -> RoutesResource:
        """Inbound voice routes and their assignment to numbers."""
        from flowroute._operations.routes import RoutesResource

        return RoutesResource(cast("SyncRunner", self))

    @cached_property
    def messages(self) -> MessagesResource:
        """Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks."""
        from flowroute._operations.messages import MessagesResource

        return MessagesResource(cast("SyncRunner", self))

    @cached_property
    def e911s(self) -> E911sResource:
        """Emergency (E911) addresses and their assignment to numbers."""
        from flowroute._operations.e911s import E911sResource

        return E911sResource(cast("SyncRunner", self))

    @cached_property
    def cnams(self) -> CnamsResource:
        """Outbound caller-ID names (CNAM records) and their assignment to numbers."""
        from flowroute._operations.cnams import CnamsResource

        return CnamsResource(cast("SyncRunner", self))

    @cached_property
    def message_provisioning(self) -> MessageProvisioningResource:
        """Enable or disable SMS/MMS on numbers."""
        from flowroute._operations.message_provisioning import (
            MessageProvisioningResource,
        )

        return MessageProvisioningResource(cast("SyncRunner", self))

    @cached_property
    def porting(self) -> PortingResource:
        """Port numbers to Flowroute, and the port-order status webhook."""
        from flowroute._operations.porting import PortingResource

        return PortingResource(cast("SyncRunner", self))

    @cached_property
    def cdrs(self) -> CdrsResource:
        """Export call detail records (CDRs) as CSV files."""
        from flowroute._operations.cdrs import CdrsResource

        return CdrsResource(cast("SyncRunner", self))


class AsyncResources:
    """The resources of ``AsyncFlowrouteClient``, one per spec tag."""

    @cached_property
    def with_raw_response(self) -> AsyncWithRawResponse:
        """The same operations answering ``RawResponse`` (status, headers, ``parse()``)."""
        return AsyncWithRawResponse(cast("AsyncRunner", self))

    @cached_property
    def numbers(self) -> AsyncNumbersResource:
        """Search Flowroute's inventory, buy numbers and read the numbers on the account."""
        from flowroute._operations.numbers import AsyncNumbersResource

        return AsyncNumbersResource(cast("AsyncRunner", self))

    @cached_property
    def routes(self) -> AsyncRoutesResource:
        """Inbound voice routes and their assignment to numbers."""
        from flowroute._operations.routes import AsyncRoutesResource

        return AsyncRoutesResource(cast("AsyncRunner", self))

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        """Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks."""
        from flowroute._operations.messages import AsyncMessagesResource

        return AsyncMessagesResource(cast("AsyncRunner", self))

    @cached_property
    def e911s(self) -> AsyncE911sResource:
        """Emergency (E911) addresses and their assignment to numbers."""
        from flowroute._operations.e911s import AsyncE911sResource

        return AsyncE911sResource(cast("AsyncRunner", self))

    @cached_property
    def cnams(self) -> AsyncCnamsResource:
        """Outbound caller-ID names (CNAM records) and their assignment to numbers."""
        from flowroute._operations.cnams import AsyncCnamsResource

        return AsyncCnamsResource(cast("AsyncRunner", self))

    @cached_property
    def message_provisioning(self) -> AsyncMessageProvisioningResource:
        """Enable or disable SMS/MMS on numbers."""
        from flowroute._operations.message_provisioning import (
            AsyncMessageProvisioningResource,
        )

        return AsyncMessageProvisioningResource(cast("AsyncRunner", self))

    @cached_property
    def porting(self) -> AsyncPortingResource:
        """Port numbers to Flowroute, and the port-order status webhook."""
        from flowroute._operations.porting import AsyncPortingResource

        return AsyncPortingResource(cast("AsyncRunner", self))

    @cached_property
    def cdrs(self) -> AsyncCdrsResource:
        """Export call detail records (CDRs) as CSV files."""
        from flowroute._operations.cdrs import AsyncCdrsResource

        return AsyncCdrsResource(cast("AsyncRunner", self))


class RawResources:
    """The seed-compatible client's controllers, one per spec tag, answering the server's JSON."""

    client: SyncRunner

    @cached_property
    def numbers(self) -> RawNumbersResource:
        """Search Flowroute's inventory, buy numbers and read the numbers on the account."""
        from flowroute._operations.numbers import RawNumbersResource

        return RawNumbersResource(self.client)

    @cached_property
    def routes(self) -> RawRoutesResource:
        """Inbound voice routes and their assignment to numbers."""
        from flowroute._operations.routes import RawRoutesResource

        return RawRoutesResource(self.client)

    @cached_property
    def messages(self) -> RawMessagesResource:
        """Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks."""
        from flowroute._operations.messages import RawMessagesResource

        return RawMessagesResource(self.client)

    @cached_property
    def e911s(self) -> RawE911sResource:
        """Emergency (E911) addresses and their assignment to numbers."""
        from flowroute._operations.e911s import RawE911sResource

        return RawE911sResource(self.client)

    @cached_property
    def cnams(self) -> RawCnamsResource:
        """Outbound caller-ID names (CNAM records) and their assignment to numbers."""
        from flowroute._operations.cnams import RawCnamsResource

        return RawCnamsResource(self.client)

    @cached_property
    def message_provisioning(self) -> RawMessageProvisioningResource:
        """Enable or disable SMS/MMS on numbers."""
        from flowroute._operations.message_provisioning import (
            RawMessageProvisioningResource,
        )

        return RawMessageProvisioningResource(self.client)

    @cached_property
    def porting(self) -> RawPortingResource:
        """Port numbers to Flowroute, and the port-order status webhook."""
        from flowroute._operations.porting import RawPortingResource

        return RawPortingResource(self.client)

    @cached_property
    def cdrs(self) -> RawCdrsResource:
        """Export call detail records (CDRs) as CSV files."""
        from flowroute._operations.cdrs import RawCdrsResource

        return RawCdrsResource(self.client)


class WithRawResponse:
    """``client.with_raw_response``: every operation, answering ``RawResponse``."""

    def __init__(self, client: SyncRunner) -> None:
        self._client = client

    @cached_property
    def numbers(self) -> NumbersWithRawResponse:
        """Search Flowroute's inventory, buy numbers and read the numbers on the account."""
        from flowroute_api.operations.numbers import NumbersWithRawResponse

        return NumbersWithRawResponse(self._client)

    @cached_property
    def routes(self) -> RoutesWithRawResponse:
        """Inbound voice routes and their assignment to numbers."""
        from flowroute_api.operations.routes import RoutesWithRawResponse

        return RoutesWithRawResponse(self._client)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        """Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks."""
        from flowroute_api.operations.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client)

    @cached_property
    def e911s(self) -> E911sWithRawResponse:
        """Emergency (E911) addresses and their assignment to numbers."""
        from flowroute_api.operations.e911s import E911sWithRawResponse

        return E911sWithRawResponse(self._client)

    @cached_property
    def cnams(self) -> CnamsWithRawResponse:
        """Outbound caller-ID names (CNAM records) and their assignment to numbers."""
        from flowroute_api.operations.cnams import CnamsWithRawResponse

        return CnamsWithRawResponse(self._client)

    @cached_property
    def message_provisioning(self) -> MessageProvisioningWithRawResponse:
        """Enable or disable SMS/MMS on numbers."""
        from flowroute_api.operations.message_provisioning import (
            MessageProvisioningWithRawResponse,
        )

        return MessageProvisioningWithRawResponse(self._client)

    @cached_property
    def porting(self) -> PortingWithRawResponse:
        """Port numbers to Flowroute, and the port-order status webhook."""
        from flowroute_api.operations.porting import PortingWithRawResponse

        return PortingWithRawResponse(self._client)

    @cached_property
    def cdrs(self) -> CdrsWithRawResponse:
        """Export call detail records (CDRs) as CSV files."""
        from flowroute_api.operations.cdrs import CdrsWithRawResponse

        return CdrsWithRawResponse(self._client)


class AsyncWithRawResponse:
    """``client.with_raw_response`` on the async client."""

    def __init__(self, client: AsyncRunner) -> None:
        self._client = client

    @cached_property
    def numbers(self) -> AsyncNumbersWithRawResponse:
        """Search Flowroute's inventory, buy numbers and read the numbers on the account."""
        from flowroute_api.operations.numbers import AsyncNumbersWithRawResponse

        return AsyncNumbersWithRawResponse(self._client)

    @cached_property
    def routes(self) -> AsyncRoutesWithRawResponse:
        """Inbound voice routes and their assignment to numbers."""
        from flowroute_api.operations.routes import AsyncRoutesWithRawResponse

        return AsyncRoutesWithRawResponse(self._client)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        """Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks."""
        from flowroute_api.operations.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client)

    @cached_property
    def e911s(self) -> AsyncE911sWithRawResponse:
        """Emergency (E911) addresses and their assignment to numbers."""
        from flowroute_api.operations.e911s import AsyncE911sWithRawResponse

        return AsyncE911sWithRawResponse(self._client)

    @cached_property
    def cnams(self) -> AsyncCnamsWithRawResponse:
        """Outbound caller-ID names (CNAM records) and their assignment to numbers."""
        from flowroute_api.operations.cnams import AsyncCnamsWithRawResponse

        return AsyncCnamsWithRawResponse(self._client)

    @cached_property
    def message_provisioning(self) -> AsyncMessageProvisioningWithRawResponse:
        """Enable or disable SMS/MMS on numbers."""
        from flowroute_api.operations.message_provisioning import (
            AsyncMessageProvisioningWithRawResponse,
        )

        return AsyncMessageProvisioningWithRawResponse(self._client)

    @cached_property
    def porting(self) -> AsyncPortingWithRawResponse:
        """Port numbers to Flowroute, and the port-order status webhook."""
        from flowroute_api.operations.porting import AsyncPortingWithRawResponse

        return AsyncPortingWithRawResponse(self._client)

    @cached_property
    def cdrs(self) -> AsyncCdrsWithRawResponse:
        """Export call detail records (CDRs) as CSV files."""
        from flowroute_api.operations.cdrs import AsyncCdrsWithRawResponse

        return AsyncCdrsWithRawResponse(self._client)
