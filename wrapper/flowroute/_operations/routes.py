"""Inbound voice routes and which route a number uses."""

from __future__ import annotations

from typing import Any

from flowroute_api.api.routes import (
    create_an_inbound_route as _create,
)
from flowroute_api.api.routes import (
    delete_an_inbound_route as _delete,
)
from flowroute_api.api.routes import (
    list_edge_strategies as _edges,
)
from flowroute_api.api.routes import (
    list_inbound_routes as _list,
)
from flowroute_api.api.routes import (
    remove_number_route as _remove,
)
from flowroute_api.api.routes import (
    update_an_inbound_route as _update,
)
from flowroute_api.api.routes import (
    update_failover_voice_route as _failover,
)
from flowroute_api.api.routes import (
    update_primary_voice_route as _primary,
)
from flowroute_api.models import (
    EdgeStrategyList,
    NumberRouteRelationship,
    Route,
    RouteAssignmentRequest,
    RouteCreateAttributes,
    RouteCreateData,
    RouteCreateRequest,
    RouteDocument,
    RouteIdentifier,
    RoutePage,
    RouteType,
    RouteTypeFilter,
    RouteUpdateAttributes,
    RouteUpdateData,
    RouteUpdateRequest,
)
from flowroute_api.types import UNSET, Unset

from .. import _validate as check
from .._api import AsyncResource, SyncResource, async_method, sync_method
from .._call import Call
from .._pagination import Pager, async_pager, sync_pager


def create_an_inbound_route(
    route_body: RouteCreateRequest | dict[str, Any] | str,
) -> Call[RouteDocument]:
    """Create a route from a JSON:API body (model, dict or JSON text, as the old SDK took).

    ``create_route(alias, route_type, value)`` builds the body for you.
    """
    body = check.model(route_body, "route_body", RouteCreateRequest, RouteCreateRequest.from_dict)
    return Call.from_generated(_create._get_kwargs(body=body), RouteDocument.from_dict)


def _edge_id(edge_strategy_id: int | None) -> int | Unset:
    if edge_strategy_id is not None and (isinstance(edge_strategy_id, bool) or not isinstance(edge_strategy_id, int)):
        raise check.InvalidParameterError("edge_strategy_id", f"{edge_strategy_id!r} is not an integer", "an edge id")
    return UNSET if edge_strategy_id is None else edge_strategy_id


def create_route(
    alias: str,
    route_type: RouteType | str,
    value: str,
    *,
    edge_strategy_id: int | None = None,
) -> Call[RouteDocument]:
    """Create a ``host``, ``number`` or ``uri`` route.

    ``value`` is a host[:port], an 11-digit number or a SIP URI; append
    ``;weight=N`` to both a number's primary and failover values for weighted routing.
    """
    edge = _edge_id(edge_strategy_id)
    attributes = RouteCreateAttributes(
        alias=str(check.text(alias, "alias", max_length=255)),
        route_type=check.required_choice(route_type, "route_type", RouteType),
        value=str(check.text(value, "value", max_length=255)),
        edge_strategy_id=edge,
    )
    body = RouteCreateRequest(data=RouteCreateData(type_="route", attributes=attributes))
    return Call.from_generated(_create._get_kwargs(body=body), RouteDocument.from_dict)


def list_inbound_routes(
    limit: int | None = None,
    offset: int | None = None,
    *,
    route_type: RouteTypeFilter | str | None = None,
) -> Call[RoutePage]:
    """List routes; route ``'0'`` is the built-in sip-reg route and is always there."""
    kwargs = _list._get_kwargs(
        limit=check.limit(limit, 200),
        offset=check.offset(offset),
        route_type=check.choice(route_type, "route_type", RouteTypeFilter),
    )
    return Call.from_generated(kwargs, RoutePage.from_dict)


def _assignment(
    route_body: RouteAssignmentRequest | dict[str, Any] | str,
) -> RouteAssignmentRequest:
    body = check.model(route_body, "route_body", RouteAssignmentRequest, RouteAssignmentRequest.from_dict)
    check.route_id(body.data.id, "route_body.data.id")
    return body


def _by_route_id(route_id: str | int) -> RouteAssignmentRequest:
    return RouteAssignmentRequest(data=RouteIdentifier(type_="route", id=check.route_id(route_id)))


def update_primary_voice_route(
    number_id: str | int, route_body: RouteAssignmentRequest | dict[str, Any] | str
) -> Call[None]:
    """Set a number's primary voice route from ``{"data": {"type": "route", "id": …}}``."""
    kwargs = _primary._get_kwargs(check.phone_number(number_id, "number_id"), body=_assignment(route_body))
    return Call.from_generated(kwargs, None)


def update_failover_voice_route(
    number_id: str | int, route_body: RouteAssignmentRequest | dict[str, Any] | str
) -> Call[None]:
    """Set a number's failover voice route from ``{"data": {"type": "route", "id": …}}``."""
    kwargs = _failover._get_kwargs(check.phone_number(number_id, "number_id"), body=_assignment(route_body))
    return Call.from_generated(kwargs, None)


def set_primary_route(number_id: str | int, route_id: str | int) -> Call[None]:
    """Send a number's calls to route ``route_id``."""
    return update_primary_voice_route(number_id, _by_route_id(route_id))


def set_failover_route(number_id: str | int, route_id: str | int) -> Call[None]:
    """Use route ``route_id`` when a number's primary route fails."""
    return update_failover_voice_route(number_id, _by_route_id(route_id))


def update_an_inbound_route(
    route_id: str | int, route_body: RouteUpdateRequest | dict[str, Any] | str
) -> Call[RouteDocument]:
    """Change a route from a JSON:API body (model, dict or JSON text); ``update_route`` builds it."""
    body = check.model(route_body, "route_body", RouteUpdateRequest, RouteUpdateRequest.from_dict)
    kwargs = _update._get_kwargs(check.route_id(route_id), body=body)
    return Call.from_generated(kwargs, RouteDocument.from_dict)


def update_route(
    route_id: str | int,
    *,
    alias: str | None = None,
    route_type: RouteType | str | None = None,
    value: str | None = None,
    edge_strategy_id: int | None = None,
) -> Call[RouteDocument]:
    """Change a route's alias, type, value or edge; only the options given are sent.

    Numbers using the route follow the change at once.
    """
    attributes = RouteUpdateAttributes(
        alias=check.text(alias, "alias", max_length=255),
        route_type=check.choice(route_type, "route_type", RouteType),
        value=check.text(value, "value", max_length=255),
        edge_strategy_id=_edge_id(edge_strategy_id),
    )
    if not attributes.to_dict():
        raise check.InvalidParameterError("update_route", "no change was given", "at least one of the keyword options")
    body = RouteUpdateRequest(data=RouteUpdateData(type_="route", attributes=attributes))
    return Call.from_generated(_update._get_kwargs(check.route_id(route_id), body=body), RouteDocument.from_dict)


def delete_an_inbound_route(route_id: str | int) -> Call[None]:
    """Delete a route; Flowroute answers 403 while any number still uses it."""
    return Call.from_generated(_delete._get_kwargs(check.route_id(route_id)), None)


def list_edge_strategies() -> Call[EdgeStrategyList]:
    """List Flowroute's points of presence, whose ids ``edge_strategy_id`` takes."""
    return Call.from_generated(_edges._get_kwargs(), EdgeStrategyList.from_dict)


def remove_number_route(number_id: str | int, relationship: NumberRouteRelationship | str) -> Call[None]:
    """Detach a number's ``primary_route`` or ``failover_route``."""
    kwargs = _remove._get_kwargs(
        check.phone_number(number_id, "number_id"),
        check.required_choice(relationship, "relationship", NumberRouteRelationship),
    )
    return Call.from_generated(kwargs, None)


def iter_inbound_routes(
    *, route_type: RouteTypeFilter | str | None = None, page_size: int | None = None, max_items: int | None = None
) -> Pager[Route]:
    """Every route on the account, the built-in sip-reg route included."""
    return Pager.create(
        lambda limit, offset: list_inbound_routes(limit, offset, route_type=route_type),
        lambda page: list(page.data),
        page_size=page_size,
        max_page_size=200,
        max_items=max_items,
    )


class RoutesResource(SyncResource):
    create_an_inbound_route = sync_method(create_an_inbound_route)
    create_route = sync_method(create_route)
    list_inbound_routes = sync_method(list_inbound_routes)
    update_primary_voice_route = sync_method(update_primary_voice_route)
    update_failover_voice_route = sync_method(update_failover_voice_route)
    set_primary_route = sync_method(set_primary_route)
    set_failover_route = sync_method(set_failover_route)
    update_an_inbound_route = sync_method(update_an_inbound_route)
    update_route = sync_method(update_route)
    delete_an_inbound_route = sync_method(delete_an_inbound_route)
    list_edge_strategies = sync_method(list_edge_strategies)
    remove_number_route = sync_method(remove_number_route)
    iter_inbound_routes = sync_pager(iter_inbound_routes)


class AsyncRoutesResource(AsyncResource):
    create_an_inbound_route = async_method(create_an_inbound_route)
    create_route = async_method(create_route)
    list_inbound_routes = async_method(list_inbound_routes)
    update_primary_voice_route = async_method(update_primary_voice_route)
    update_failover_voice_route = async_method(update_failover_voice_route)
    set_primary_route = async_method(set_primary_route)
    set_failover_route = async_method(set_failover_route)
    update_an_inbound_route = async_method(update_an_inbound_route)
    update_route = async_method(update_route)
    delete_an_inbound_route = async_method(delete_an_inbound_route)
    list_edge_strategies = async_method(list_edge_strategies)
    remove_number_route = async_method(remove_number_route)
    iter_inbound_routes = async_pager(iter_inbound_routes)
