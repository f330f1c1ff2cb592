"""Route conveniences: create, change and assign routes from plain arguments.

Every routes operation comes from the spec (``flowroute_api.operations.routes``).
"""

from __future__ import annotations

from typing import Any

from flowroute_api.models import RouteDocument, RouteType
from flowroute_api.operations import routes as spec

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method


def _attributes(**given: Any) -> dict[str, Any]:
    return {name: value for name, value in given.items() if value is not None}


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
    attributes = _attributes(alias=alias, route_type=route_type, value=value, edge_strategy_id=edge_strategy_id)
    body = {"data": {"type": "route", "attributes": attributes}}
    return check.by_keyword(lambda: spec.create_an_inbound_route(body))


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
    attributes = _attributes(alias=alias, route_type=route_type, value=value, edge_strategy_id=edge_strategy_id)
    if not attributes:
        raise check.InvalidParameterError("update_route", "no change was given", "at least one of the keyword options")
    body = {"data": {"type": "route", "attributes": attributes}}
    return check.by_keyword(lambda: spec.update_an_inbound_route(route_id, body))


_ROUTE_ID = {"id": "route_id"}


def _assignment(route_id: str | int) -> dict[str, Any]:
    return {"data": {"type": "route", "id": route_id if not isinstance(route_id, int) else str(route_id)}}


def set_primary_route(number_id: str | int, route_id: str | int) -> Call[None]:
    """Send a number's calls to route ``route_id``."""
    return check.by_keyword(lambda: spec.update_primary_voice_route(number_id, _assignment(route_id)), _ROUTE_ID)


def set_failover_route(number_id: str | int, route_id: str | int) -> Call[None]:
    """Use route ``route_id`` when a number's primary route fails."""
    return check.by_keyword(lambda: spec.update_failover_voice_route(number_id, _assignment(route_id)), _ROUTE_ID)


class RoutesResource(spec.RoutesOperations):
    create_route = sync_method(create_route)
    update_route = sync_method(update_route)
    set_primary_route = sync_method(set_primary_route)
    set_failover_route = sync_method(set_failover_route)


class AsyncRoutesResource(spec.AsyncRoutesOperations):
    create_route = async_method(create_route)
    update_route = async_method(update_route)
    set_primary_route = async_method(set_primary_route)
    set_failover_route = async_method(set_failover_route)


class RawRoutesResource(spec.RawRoutesOperations):
    create_route = raw_method(create_route)
    update_route = raw_method(update_route)
    set_primary_route = raw_method(set_primary_route)
    set_failover_route = raw_method(set_failover_route)
