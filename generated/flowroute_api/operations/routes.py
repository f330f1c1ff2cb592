"""Inbound voice routes and their assignment to numbers.

Generated from spec/flowroute.yaml by `make generate` (devtools/codegen.py,
templates/operations/); edit those, never this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any
from urllib.parse import quote

from flowroute._call import Call, OperationSpec
from flowroute._pagination import Pager, aiterate, iterate
from flowroute._resources import AsyncResource, RawResource, SyncResource
from flowroute._response import RawResponse
from flowroute._validate import Rule, body_json, checked, present

from ..models.edge_strategy_list import EdgeStrategyList
from ..models.number_route_relationship import NumberRouteRelationship
from ..models.route import Route
from ..models.route_assignment_request import RouteAssignmentRequest
from ..models.route_create_request import RouteCreateRequest
from ..models.route_document import RouteDocument
from ..models.route_page import RoutePage
from ..models.route_type import RouteType
from ..models.route_type_filter import RouteTypeFilter
from ..models.route_update_request import RouteUpdateRequest

__all__ = [
    "RoutesOperations",
    "AsyncRoutesOperations",
    "RawRoutesOperations",
    "RoutesWithRawResponse",
    "AsyncRoutesWithRawResponse",
    "list_inbound_routes",
    "create_an_inbound_route",
    "list_edge_strategies",
    "delete_an_inbound_route",
    "update_an_inbound_route",
    "update_primary_voice_route",
    "update_failover_voice_route",
    "remove_number_route",
]

_LIST_INBOUND_ROUTES_RULES = (
    Rule("limit", "integer", minimum=1, maximum=200),
    Rule("offset", "integer", minimum=0),
    Rule("route_type", "enum", enum=RouteTypeFilter),
)


def list_inbound_routes(
    limit: int | None = None,
    offset: int | None = None,
    *,
    route_type: RouteTypeFilter | str | None = None,
) -> Call[RoutePage]:
    """List inbound voice routes.

    Route `0` (alias and type `sip-reg`, value null) is always present.

    Args:
        limit: Page size (server default 10).
        offset: How many records to skip.
        route_type: Only routes of this type.
    """
    values = checked(
        _LIST_INBOUND_ROUTES_RULES,
        (
            limit,
            offset,
            route_type,
        ),
    )
    return Call(
        "GET",
        "/v2/routes",
        present(
            (
                ("limit", values[0]),
                ("offset", values[1]),
                ("route_type", values[2]),
            )
        ),
        None,
        None,
        RoutePage.from_dict,
        True,
    )


_CREATE_AN_INBOUND_ROUTE_RULES = ()
_CREATE_AN_INBOUND_ROUTE_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="route", required=True)),
    (
        "data.attributes.alias",
        Rule(
            "data.attributes.alias",
            "string",
            min_length=1,
            max_length=255,
            required=True,
        ),
    ),
    (
        "data.attributes.route_type",
        Rule("data.attributes.route_type", "enum", enum=RouteType, required=True),
    ),
    (
        "data.attributes.value",
        Rule(
            "data.attributes.value",
            "string",
            min_length=1,
            max_length=255,
            required=True,
        ),
    ),
    (
        "data.attributes.edge_strategy_id",
        Rule("data.attributes.edge_strategy_id", "integer"),
    ),
)


def create_an_inbound_route(
    route_body: RouteCreateRequest | Mapping[str, Any] | str,
) -> Call[RouteDocument]:
    """Create an inbound voice route.

    Creates a host, number or URI route that can then be set as a number's primary or failover route. Aliases must be unique.

    Args:
        route_body: The request body.
    """
    values = checked(_CREATE_AN_INBOUND_ROUTE_RULES, ())
    payload = body_json(
        route_body,
        "route_body",
        (RouteCreateRequest,),
        _CREATE_AN_INBOUND_ROUTE_BODY_RULES,
    )
    return Call(
        "POST",
        "/v2/routes",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        RouteDocument.from_dict,
        False,
    )


_LIST_EDGE_STRATEGIES_RULES = ()


def list_edge_strategies() -> Call[EdgeStrategyList]:
    """List the edges (PoPs) a host route can be reached through.

    The integer `id` of an edge is what `edge_strategy_id` takes when a host
    route is created or updated. No paging parameters are documented.
    """
    values = checked(_LIST_EDGE_STRATEGIES_RULES, ())
    return Call(
        "GET",
        "/v2/routes/edge_strategies",
        None,
        None,
        None,
        EdgeStrategyList.from_dict,
        True,
    )


_DELETE_AN_INBOUND_ROUTE_RULES = (
    Rule(
        "route_id",
        "string",
        pattern="^[0-9]+$",
        accepts_int=True,
        expected="a route id as digits, e.g. '83834' ('0' is the built-in sip-reg route)",
        required=True,
    ),
)


def delete_an_inbound_route(
    route_id: str | int,
) -> Call[None]:
    """Delete an inbound voice route.

    The route must not be any number's primary or failover route; otherwise
    the answer is 403. (Flowroute's page shows the path with a trailing slash,
    `/v2/routes/{id}/`.)

    Args:
        route_id: Route id, digits (`0` is the built-in sip-reg route).
    """
    values = checked(_DELETE_AN_INBOUND_ROUTE_RULES, (route_id,))
    return Call(
        "DELETE",
        f"/v2/routes/{quote(values[0], safe='')}",
        None,
        None,
        None,
        None,
        True,
    )


_UPDATE_AN_INBOUND_ROUTE_RULES = (
    Rule(
        "route_id",
        "string",
        pattern="^[0-9]+$",
        accepts_int=True,
        expected="a route id as digits, e.g. '83834' ('0' is the built-in sip-reg route)",
        required=True,
    ),
)
_UPDATE_AN_INBOUND_ROUTE_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="route", required=True)),
    (
        "data.attributes.alias",
        Rule("data.attributes.alias", "string", min_length=1, max_length=255),
    ),
    (
        "data.attributes.route_type",
        Rule("data.attributes.route_type", "enum", enum=RouteType),
    ),
    (
        "data.attributes.value",
        Rule("data.attributes.value", "string", min_length=1, max_length=255),
    ),
    (
        "data.attributes.edge_strategy_id",
        Rule("data.attributes.edge_strategy_id", "integer"),
    ),
)


def update_an_inbound_route(
    route_id: str | int,
    route_body: RouteUpdateRequest | Mapping[str, Any] | str,
) -> Call[RouteDocument]:
    """Change an inbound voice route.

    Any subset of the attributes may be sent; the answer is the whole route.

    Args:
        route_id: Route id, digits (`0` is the built-in sip-reg route).
        route_body: The request body.
    """
    values = checked(_UPDATE_AN_INBOUND_ROUTE_RULES, (route_id,))
    payload = body_json(
        route_body,
        "route_body",
        (RouteUpdateRequest,),
        _UPDATE_AN_INBOUND_ROUTE_BODY_RULES,
    )
    return Call(
        "PATCH",
        f"/v2/routes/{quote(values[0], safe='')}",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        RouteDocument.from_dict,
        True,
    )


_UPDATE_PRIMARY_VOICE_ROUTE_RULES = (
    Rule(
        "number_id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)
_UPDATE_PRIMARY_VOICE_ROUTE_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="route", required=True)),
    (
        "data.id",
        Rule(
            "data.id",
            "string",
            pattern="^[0-9]+$",
            accepts_int=True,
            expected="a route id as digits, e.g. '83834' ('0' is the built-in sip-reg route)",
            required=True,
        ),
    ),
)


def update_primary_voice_route(
    number_id: str | int,
    route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
) -> Call[None]:
    """Point a number's primary voice route at a route.

    Sets which route receives the number's inbound calls. Create the route first.

    Args:
        number_id: The phone number, digits only (`12065550100`).
        route_body: The request body.
    """
    values = checked(_UPDATE_PRIMARY_VOICE_ROUTE_RULES, (number_id,))
    payload = body_json(
        route_body,
        "route_body",
        (RouteAssignmentRequest,),
        _UPDATE_PRIMARY_VOICE_ROUTE_BODY_RULES,
    )
    return Call(
        "PATCH",
        f"/v2/numbers/{quote(values[0], safe='')}/relationships/primary_route",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        None,
        True,
    )


_UPDATE_FAILOVER_VOICE_ROUTE_RULES = (
    Rule(
        "number_id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)
_UPDATE_FAILOVER_VOICE_ROUTE_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="route", required=True)),
    (
        "data.id",
        Rule(
            "data.id",
            "string",
            pattern="^[0-9]+$",
            accepts_int=True,
            expected="a route id as digits, e.g. '83834' ('0' is the built-in sip-reg route)",
            required=True,
        ),
    ),
)


def update_failover_voice_route(
    number_id: str | int,
    route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
) -> Call[None]:
    """Point a number's failover voice route at a route.

    Sets the route tried when the primary route fails. Create the route first.

    Args:
        number_id: The phone number, digits only (`12065550100`).
        route_body: The request body.
    """
    values = checked(_UPDATE_FAILOVER_VOICE_ROUTE_RULES, (number_id,))
    payload = body_json(
        route_body,
        "route_body",
        (RouteAssignmentRequest,),
        _UPDATE_FAILOVER_VOICE_ROUTE_BODY_RULES,
    )
    return Call(
        "PATCH",
        f"/v2/numbers/{quote(values[0], safe='')}/relationships/failover_route",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        None,
        True,
    )


_REMOVE_NUMBER_ROUTE_RULES = (
    Rule(
        "number_id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
    Rule("relationship", "enum", enum=NumberRouteRelationship, required=True),
)


def remove_number_route(
    number_id: str | int,
    relationship: NumberRouteRelationship | str,
) -> Call[None]:
    """Remove a number's primary or failover voice route.

    Clears the relationship; the route itself is kept.

    Args:
        number_id: The phone number, digits only (`12065550100`).
        relationship: Which route relationship to remove.
    """
    values = checked(
        _REMOVE_NUMBER_ROUTE_RULES,
        (
            number_id,
            relationship,
        ),
    )
    return Call(
        "DELETE",
        f"/v2/numbers/{quote(values[0], safe='')}/relationships/{quote(values[1], safe='')}",
        None,
        None,
        None,
        None,
        True,
    )


def _list_inbound_routes_items(page: RoutePage) -> list[Route]:
    return list(page.data)


OPERATIONS: dict[str, OperationSpec] = {
    "list_inbound_routes": OperationSpec(
        name="list_inbound_routes",
        tag="routes",
        method="GET",
        path="/v2/routes",
        build=list_inbound_routes,
        parse=RoutePage.from_dict,
        rules=_LIST_INBOUND_ROUTES_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_inbound_routes",
        max_page_size=200,
        custom=False,
    ),
    "create_an_inbound_route": OperationSpec(
        name="create_an_inbound_route",
        tag="routes",
        method="POST",
        path="/v2/routes",
        build=create_an_inbound_route,
        parse=RouteDocument.from_dict,
        rules=_CREATE_AN_INBOUND_ROUTE_RULES,
        body_rules=_CREATE_AN_INBOUND_ROUTE_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "list_edge_strategies": OperationSpec(
        name="list_edge_strategies",
        tag="routes",
        method="GET",
        path="/v2/routes/edge_strategies",
        build=list_edge_strategies,
        parse=EdgeStrategyList.from_dict,
        rules=_LIST_EDGE_STRATEGIES_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "delete_an_inbound_route": OperationSpec(
        name="delete_an_inbound_route",
        tag="routes",
        method="DELETE",
        path="/v2/routes/{id}",
        build=delete_an_inbound_route,
        parse=None,
        rules=_DELETE_AN_INBOUND_ROUTE_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_an_inbound_route": OperationSpec(
        name="update_an_inbound_route",
        tag="routes",
        method="PATCH",
        path="/v2/routes/{id}",
        build=update_an_inbound_route,
        parse=RouteDocument.from_dict,
        rules=_UPDATE_AN_INBOUND_ROUTE_RULES,
        body_rules=_UPDATE_AN_INBOUND_ROUTE_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_primary_voice_route": OperationSpec(
        name="update_primary_voice_route",
        tag="routes",
        method="PATCH",
        path="/v2/numbers/{number_id}/relationships/primary_route",
        build=update_primary_voice_route,
        parse=None,
        rules=_UPDATE_PRIMARY_VOICE_ROUTE_RULES,
        body_rules=_UPDATE_PRIMARY_VOICE_ROUTE_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_failover_voice_route": OperationSpec(
        name="update_failover_voice_route",
        tag="routes",
        method="PATCH",
        path="/v2/numbers/{number_id}/relationships/failover_route",
        build=update_failover_voice_route,
        parse=None,
        rules=_UPDATE_FAILOVER_VOICE_ROUTE_RULES,
        body_rules=_UPDATE_FAILOVER_VOICE_ROUTE_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "remove_number_route": OperationSpec(
        name="remove_number_route",
        tag="routes",
        method="DELETE",
        path="/v2/numbers/{number_id}/relationships/{relationship}",
        build=remove_number_route,
        parse=None,
        rules=_REMOVE_NUMBER_ROUTE_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
}


class RoutesOperations(SyncResource):
    """``client.routes``: Inbound voice routes and their assignment to numbers."""

    def list_inbound_routes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        route_type: RouteTypeFilter | str | None = None,
    ) -> RoutePage:
        """List inbound voice routes.

        Route `0` (alias and type `sip-reg`, value null) is always present.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            route_type: Only routes of this type.
        """

        return self._client._execute(
            list_inbound_routes(
                limit=limit,
                offset=offset,
                route_type=route_type,
            )
        )

    def iter_inbound_routes(
        self,
        *,
        route_type: RouteTypeFilter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Route]:
        """List inbound voice routes.

        Every record of ``list_inbound_routes``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            route_type: Only routes of this type.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_inbound_routes(
                    limit=limit,
                    offset=offset,
                    route_type=route_type,
                ),
                _list_inbound_routes_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    def create_an_inbound_route(
        self,
        route_body: RouteCreateRequest | Mapping[str, Any] | str,
    ) -> RouteDocument:
        """Create an inbound voice route.

        Creates a host, number or URI route that can then be set as a number's primary or failover route. Aliases must be unique.

        Args:
            route_body: The request body.
        """

        return self._client._execute(create_an_inbound_route(route_body=route_body))

    def list_edge_strategies(
        self,
    ) -> EdgeStrategyList:
        """List the edges (PoPs) a host route can be reached through.

        The integer `id` of an edge is what `edge_strategy_id` takes when a host
        route is created or updated. No paging parameters are documented.
        """

        return self._client._execute(list_edge_strategies())

    def delete_an_inbound_route(
        self,
        route_id: str | int,
    ) -> None:
        """Delete an inbound voice route.

        The route must not be any number's primary or failover route; otherwise
        the answer is 403. (Flowroute's page shows the path with a trailing slash,
        `/v2/routes/{id}/`.)

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
        """

        return self._client._execute(
            delete_an_inbound_route(
                route_id=route_id,
            )
        )

    def update_an_inbound_route(
        self,
        route_id: str | int,
        route_body: RouteUpdateRequest | Mapping[str, Any] | str,
    ) -> RouteDocument:
        """Change an inbound voice route.

        Any subset of the attributes may be sent; the answer is the whole route.

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
            route_body: The request body.
        """

        return self._client._execute(
            update_an_inbound_route(route_id=route_id, route_body=route_body)
        )

    def update_primary_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> None:
        """Point a number's primary voice route at a route.

        Sets which route receives the number's inbound calls. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return self._client._execute(
            update_primary_voice_route(number_id=number_id, route_body=route_body)
        )

    def update_failover_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> None:
        """Point a number's failover voice route at a route.

        Sets the route tried when the primary route fails. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return self._client._execute(
            update_failover_voice_route(number_id=number_id, route_body=route_body)
        )

    def remove_number_route(
        self,
        number_id: str | int,
        relationship: NumberRouteRelationship | str,
    ) -> None:
        """Remove a number's primary or failover voice route.

        Clears the relationship; the route itself is kept.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            relationship: Which route relationship to remove.
        """

        return self._client._execute(
            remove_number_route(
                number_id=number_id,
                relationship=relationship,
            )
        )


class AsyncRoutesOperations(AsyncResource):
    """``client.routes`` on the async client: Inbound voice routes and their assignment to numbers."""

    async def list_inbound_routes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        route_type: RouteTypeFilter | str | None = None,
    ) -> RoutePage:
        """List inbound voice routes.

        Route `0` (alias and type `sip-reg`, value null) is always present.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            route_type: Only routes of this type.
        """

        return await self._client._execute(
            list_inbound_routes(
                limit=limit,
                offset=offset,
                route_type=route_type,
            )
        )

    def iter_inbound_routes(
        self,
        *,
        route_type: RouteTypeFilter | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Route]:
        """List inbound voice routes.

        Every record of ``list_inbound_routes``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            route_type: Only routes of this type.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_inbound_routes(
                    limit=limit,
                    offset=offset,
                    route_type=route_type,
                ),
                _list_inbound_routes_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    async def create_an_inbound_route(
        self,
        route_body: RouteCreateRequest | Mapping[str, Any] | str,
    ) -> RouteDocument:
        """Create an inbound voice route.

        Creates a host, number or URI route that can then be set as a number's primary or failover route. Aliases must be unique.

        Args:
            route_body: The request body.
        """

        return await self._client._execute(
            create_an_inbound_route(route_body=route_body)
        )

    async def list_edge_strategies(
        self,
    ) -> EdgeStrategyList:
        """List the edges (PoPs) a host route can be reached through.

        The integer `id` of an edge is what `edge_strategy_id` takes when a host
        route is created or updated. No paging parameters are documented.
        """

        return await self._client._execute(list_edge_strategies())

    async def delete_an_inbound_route(
        self,
        route_id: str | int,
    ) -> None:
        """Delete an inbound voice route.

        The route must not be any number's primary or failover route; otherwise
        the answer is 403. (Flowroute's page shows the path with a trailing slash,
        `/v2/routes/{id}/`.)

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
        """

        return await self._client._execute(
            delete_an_inbound_route(
                route_id=route_id,
            )
        )

    async def update_an_inbound_route(
        self,
        route_id: str | int,
        route_body: RouteUpdateRequest | Mapping[str, Any] | str,
    ) -> RouteDocument:
        """Change an inbound voice route.

        Any subset of the attributes may be sent; the answer is the whole route.

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
            route_body: The request body.
        """

        return await self._client._execute(
            update_an_inbound_route(route_id=route_id, route_body=route_body)
        )

    async def update_primary_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> None:
        """Point a number's primary voice route at a route.

        Sets which route receives the number's inbound calls. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return await self._client._execute(
            update_primary_voice_route(number_id=number_id, route_body=route_body)
        )

    async def update_failover_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> None:
        """Point a number's failover voice route at a route.

        Sets the route tried when the primary route fails. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return await self._client._execute(
            update_failover_voice_route(number_id=number_id, route_body=route_body)
        )

    async def remove_number_route(
        self,
        number_id: str | int,
        relationship: NumberRouteRelationship | str,
    ) -> None:
        """Remove a number's primary or failover voice route.

        Clears the relationship; the route itself is kept.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            relationship: Which route relationship to remove.
        """

        return await self._client._execute(
            remove_number_route(
                number_id=number_id,
                relationship=relationship,
            )
        )


class RawRoutesOperations(RawResource):
    """The seed-compatible controller for routes: the same operations, answering the server's JSON."""

    def list_inbound_routes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        route_type: RouteTypeFilter | str | None = None,
    ) -> Any:
        """List inbound voice routes.

        Route `0` (alias and type `sip-reg`, value null) is always present.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            route_type: Only routes of this type.
        """

        return self._client._execute_raw(
            list_inbound_routes(
                limit=limit,
                offset=offset,
                route_type=route_type,
            )
        )

    def create_an_inbound_route(
        self,
        route_body: RouteCreateRequest | Mapping[str, Any] | str,
    ) -> Any:
        """Create an inbound voice route.

        Creates a host, number or URI route that can then be set as a number's primary or failover route. Aliases must be unique.

        Args:
            route_body: The request body.
        """

        return self._client._execute_raw(create_an_inbound_route(route_body=route_body))

    def list_edge_strategies(
        self,
    ) -> Any:
        """List the edges (PoPs) a host route can be reached through.

        The integer `id` of an edge is what `edge_strategy_id` takes when a host
        route is created or updated. No paging parameters are documented.
        """

        return self._client._execute_raw(list_edge_strategies())

    def delete_an_inbound_route(
        self,
        route_id: str | int,
    ) -> Any:
        """Delete an inbound voice route.

        The route must not be any number's primary or failover route; otherwise
        the answer is 403. (Flowroute's page shows the path with a trailing slash,
        `/v2/routes/{id}/`.)

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
        """

        return self._client._execute_raw(
            delete_an_inbound_route(
                route_id=route_id,
            )
        )

    def update_an_inbound_route(
        self,
        route_id: str | int,
        route_body: RouteUpdateRequest | Mapping[str, Any] | str,
    ) -> Any:
        """Change an inbound voice route.

        Any subset of the attributes may be sent; the answer is the whole route.

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
            route_body: The request body.
        """

        return self._client._execute_raw(
            update_an_inbound_route(route_id=route_id, route_body=route_body)
        )

    def update_primary_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> Any:
        """Point a number's primary voice route at a route.

        Sets which route receives the number's inbound calls. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return self._client._execute_raw(
            update_primary_voice_route(number_id=number_id, route_body=route_body)
        )

    def update_failover_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> Any:
        """Point a number's failover voice route at a route.

        Sets the route tried when the primary route fails. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return self._client._execute_raw(
            update_failover_voice_route(number_id=number_id, route_body=route_body)
        )

    def remove_number_route(
        self,
        number_id: str | int,
        relationship: NumberRouteRelationship | str,
    ) -> Any:
        """Remove a number's primary or failover voice route.

        Clears the relationship; the route itself is kept.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            relationship: Which route relationship to remove.
        """

        return self._client._execute_raw(
            remove_number_route(
                number_id=number_id,
                relationship=relationship,
            )
        )


class RoutesWithRawResponse(SyncResource):
    """``client.with_raw_response.routes``: each operation's answer as a ``RawResponse``."""

    def list_inbound_routes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        route_type: RouteTypeFilter | str | None = None,
    ) -> RawResponse[RoutePage]:
        """List inbound voice routes.

        Route `0` (alias and type `sip-reg`, value null) is always present.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            route_type: Only routes of this type.
        """

        return self._client._execute_with_response(
            list_inbound_routes(
                limit=limit,
                offset=offset,
                route_type=route_type,
            )
        )

    def create_an_inbound_route(
        self,
        route_body: RouteCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[RouteDocument]:
        """Create an inbound voice route.

        Creates a host, number or URI route that can then be set as a number's primary or failover route. Aliases must be unique.

        Args:
            route_body: The request body.
        """

        return self._client._execute_with_response(
            create_an_inbound_route(route_body=route_body)
        )

    def list_edge_strategies(
        self,
    ) -> RawResponse[EdgeStrategyList]:
        """List the edges (PoPs) a host route can be reached through.

        The integer `id` of an edge is what `edge_strategy_id` takes when a host
        route is created or updated. No paging parameters are documented.
        """

        return self._client._execute_with_response(list_edge_strategies())

    def delete_an_inbound_route(
        self,
        route_id: str | int,
    ) -> RawResponse[None]:
        """Delete an inbound voice route.

        The route must not be any number's primary or failover route; otherwise
        the answer is 403. (Flowroute's page shows the path with a trailing slash,
        `/v2/routes/{id}/`.)

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
        """

        return self._client._execute_with_response(
            delete_an_inbound_route(
                route_id=route_id,
            )
        )

    def update_an_inbound_route(
        self,
        route_id: str | int,
        route_body: RouteUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[RouteDocument]:
        """Change an inbound voice route.

        Any subset of the attributes may be sent; the answer is the whole route.

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
            route_body: The request body.
        """

        return self._client._execute_with_response(
            update_an_inbound_route(route_id=route_id, route_body=route_body)
        )

    def update_primary_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Point a number's primary voice route at a route.

        Sets which route receives the number's inbound calls. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return self._client._execute_with_response(
            update_primary_voice_route(number_id=number_id, route_body=route_body)
        )

    def update_failover_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Point a number's failover voice route at a route.

        Sets the route tried when the primary route fails. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return self._client._execute_with_response(
            update_failover_voice_route(number_id=number_id, route_body=route_body)
        )

    def remove_number_route(
        self,
        number_id: str | int,
        relationship: NumberRouteRelationship | str,
    ) -> RawResponse[None]:
        """Remove a number's primary or failover voice route.

        Clears the relationship; the route itself is kept.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            relationship: Which route relationship to remove.
        """

        return self._client._execute_with_response(
            remove_number_route(
                number_id=number_id,
                relationship=relationship,
            )
        )


class AsyncRoutesWithRawResponse(AsyncResource):
    """``client.with_raw_response.routes`` on the async client."""

    async def list_inbound_routes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        route_type: RouteTypeFilter | str | None = None,
    ) -> RawResponse[RoutePage]:
        """List inbound voice routes.

        Route `0` (alias and type `sip-reg`, value null) is always present.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            route_type: Only routes of this type.
        """

        return await self._client._execute_with_response(
            list_inbound_routes(
                limit=limit,
                offset=offset,
                route_type=route_type,
            )
        )

    async def create_an_inbound_route(
        self,
        route_body: RouteCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[RouteDocument]:
        """Create an inbound voice route.

        Creates a host, number or URI route that can then be set as a number's primary or failover route. Aliases must be unique.

        Args:
            route_body: The request body.
        """

        return await self._client._execute_with_response(
            create_an_inbound_route(route_body=route_body)
        )

    async def list_edge_strategies(
        self,
    ) -> RawResponse[EdgeStrategyList]:
        """List the edges (PoPs) a host route can be reached through.

        The integer `id` of an edge is what `edge_strategy_id` takes when a host
        route is created or updated. No paging parameters are documented.
        """

        return await self._client._execute_with_response(list_edge_strategies())

    async def delete_an_inbound_route(
        self,
        route_id: str | int,
    ) -> RawResponse[None]:
        """Delete an inbound voice route.

        The route must not be any number's primary or failover route; otherwise
        the answer is 403. (Flowroute's page shows the path with a trailing slash,
        `/v2/routes/{id}/`.)

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
        """

        return await self._client._execute_with_response(
            delete_an_inbound_route(
                route_id=route_id,
            )
        )

    async def update_an_inbound_route(
        self,
        route_id: str | int,
        route_body: RouteUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[RouteDocument]:
        """Change an inbound voice route.

        Any subset of the attributes may be sent; the answer is the whole route.

        Args:
            route_id: Route id, digits (`0` is the built-in sip-reg route).
            route_body: The request body.
        """

        return await self._client._execute_with_response(
            update_an_inbound_route(route_id=route_id, route_body=route_body)
        )

    async def update_primary_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Point a number's primary voice route at a route.

        Sets which route receives the number's inbound calls. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return await self._client._execute_with_response(
            update_primary_voice_route(number_id=number_id, route_body=route_body)
        )

    async def update_failover_voice_route(
        self,
        number_id: str | int,
        route_body: RouteAssignmentRequest | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Point a number's failover voice route at a route.

        Sets the route tried when the primary route fails. Create the route first.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            route_body: The request body.
        """

        return await self._client._execute_with_response(
            update_failover_voice_route(number_id=number_id, route_body=route_body)
        )

    async def remove_number_route(
        self,
        number_id: str | int,
        relationship: NumberRouteRelationship | str,
    ) -> RawResponse[None]:
        """Remove a number's primary or failover voice route.

        Clears the relationship; the route itself is kept.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            relationship: Which route relationship to remove.
        """

        return await self._client._execute_with_response(
            remove_number_route(
                number_id=number_id,
                relationship=relationship,
            )
        )
