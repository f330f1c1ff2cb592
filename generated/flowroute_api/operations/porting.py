"""Port numbers to Flowroute, and the port-order status webhook.

Generated from spec/flowroute.yaml by `make generate` (devtools/codegen.py,
templates/operations/); edit those, never this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from flowroute._call import Call, OperationSpec
from flowroute._pagination import Pager, aiterate, iterate
from flowroute._resources import AsyncResource, RawResource, SyncResource
from flowroute._response import RawResponse
from flowroute._validate import Rule, body_json, checked, present

from ..models.port_country import PortCountry
from ..models.port_order import PortOrder
from ..models.port_order_cancel import PortOrderCancel
from ..models.port_order_create_request import PortOrderCreateRequest
from ..models.port_order_document import PortOrderDocument
from ..models.port_order_group_numbers_request import PortOrderGroupNumbersRequest
from ..models.port_order_group_numbers_result import PortOrderGroupNumbersResult
from ..models.port_order_list_document import PortOrderListDocument
from ..models.port_order_numbers_change import PortOrderNumbersChange
from ..models.port_order_preset import PortOrderPreset
from ..models.port_order_status_document import PortOrderStatusDocument
from ..models.port_order_update_request import PortOrderUpdateRequest
from ..models.portability_document import PortabilityDocument
from ..models.portability_request import PortabilityRequest
from ..models.usage_type import UsageType

__all__ = [
    "PortingOperations",
    "AsyncPortingOperations",
    "RawPortingOperations",
    "PortingWithRawResponse",
    "AsyncPortingWithRawResponse",
    "check_portability",
    "list_port_orders",
    "create_port_order",
    "get_port_order",
    "update_port_order",
    "get_port_order_status",
    "update_port_order_numbers",
    "add_numbers_to_port_order_group",
    "remove_port_order_preset",
]

_CHECK_PORTABILITY_RULES = ()
_CHECK_PORTABILITY_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    (
        "numbers",
        Rule(
            "numbers",
            "array",
            items=Rule(
                "numbers[]",
                "string",
                pattern="^\\+[1-9][0-9]{6,14}$",
                expected="an E.164 number with a leading + such as '+12065550100'",
                required=True,
            ),
            min_length=1,
            required=True,
        ),
    ),
)


def check_portability(
    body: PortabilityRequest | Mapping[str, Any] | str,
) -> Call[PortabilityDocument]:
    """Check whether numbers can be ported to Flowroute.

    Numbers must be E.164 with the leading `+`. A number can appear in more
    than one list (portable and hypernetwork-enabled, say). The later Python
    SDK sends the body form-encoded; Flowroute's pages show JSON.

    Args:
        body: The request body.
    """
    values = checked(_CHECK_PORTABILITY_RULES, ())
    payload = body_json(
        body, "body", (PortabilityRequest,), _CHECK_PORTABILITY_BODY_RULES
    )
    return Call(
        "POST",
        "/v2/portorders/portability",
        None,
        payload,
        {"Content-Type": "application/json"},
        PortabilityDocument.from_dict,
        True,
    )


_LIST_PORT_ORDERS_RULES = (
    Rule("limit", "integer", minimum=1, maximum=200),
    Rule("offset", "integer", minimum=0),
    Rule(
        "numbers",
        "array",
        items=Rule(
            "numbers[]",
            "string",
            pattern="^\\+[1-9][0-9]{6,14}$",
            expected="an E.164 number with a leading + such as '+12065550100'",
            required=True,
        ),
    ),
    Rule("status", "string", min_length=1),
    Rule("alias", "string", min_length=1),
    Rule(
        "completion_date",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
    Rule(
        "created_after",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
    Rule(
        "created_before",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
    Rule(
        "modified_after",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
    Rule(
        "modified_before",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
    Rule(
        "completed_after",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
    Rule(
        "completed_before",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
)


def list_port_orders(
    limit: int | None = None,
    offset: int | None = None,
    *,
    numbers: Sequence[str] | None = None,
    status: str | None = None,
    alias: str | None = None,
    completion_date: date | datetime | str | None = None,
    created_after: date | datetime | str | None = None,
    created_before: date | datetime | str | None = None,
    modified_after: date | datetime | str | None = None,
    modified_before: date | datetime | str | None = None,
    completed_after: date | datetime | str | None = None,
    completed_before: date | datetime | str | None = None,
) -> Call[PortOrderListDocument]:
    """Search the account's port orders.

    The answer wraps the orders oddly, as
    `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
    Flowroute writes the number filter as `numbers[]` without showing how it is
    encoded; this spec repeats `numbers=` once per number. Two documented
    options are left out: the ordering parameter (its name was not readable)
    and `group_id`, which together with `status` returns a group summary whose
    shape is undocumented.

    Args:
        limit: Page size (server default 10).
        offset: How many records to skip.
        numbers: Only orders containing these E.164 numbers.
        status: Only orders in this status (`pending`, `submitted`, `completed`, …).
        alias: Only orders with this alias.
        completion_date: Only orders completed on this date.
        created_after: Only orders created after this date or date-time.
        created_before: Only orders created before this date or date-time.
        modified_after: Only orders changed after this date or date-time.
        modified_before: Only orders changed before this date or date-time.
        completed_after: Only orders completed after this date or date-time.
        completed_before: Only orders completed before this date or date-time.
    """
    values = checked(
        _LIST_PORT_ORDERS_RULES,
        (
            limit,
            offset,
            numbers,
            status,
            alias,
            completion_date,
            created_after,
            created_before,
            modified_after,
            modified_before,
            completed_after,
            completed_before,
        ),
    )
    return Call(
        "GET",
        "/v2/portorders",
        present(
            (
                ("limit", values[0]),
                ("offset", values[1]),
                ("numbers", values[2]),
                ("status", values[3]),
                ("alias", values[4]),
                ("completion_date", values[5]),
                ("created_after", values[6]),
                ("created_before", values[7]),
                ("modified_after", values[8]),
                ("modified_before", values[9]),
                ("completed_after", values[10]),
                ("completed_before", values[11]),
            )
        ),
        None,
        None,
        PortOrderListDocument.from_dict,
        True,
    )


_CREATE_PORT_ORDER_RULES = ()
_CREATE_PORT_ORDER_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="portorder", required=True)),
    (
        "data.attributes.numbers",
        Rule(
            "data.attributes.numbers",
            "array",
            items=Rule(
                "data.attributes.numbers[]",
                "string",
                pattern="^\\+[1-9][0-9]{6,14}$",
                expected="an E.164 number with a leading + such as '+12065550100'",
                required=True,
            ),
            min_length=1,
            required=True,
        ),
    ),
    (
        "data.attributes.billing_name",
        Rule("data.attributes.billing_name", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.provider",
        Rule("data.attributes.provider", "string", min_length=1, required=True),
    ),
    ("data.attributes.street", Rule("data.attributes.street", "string")),
    ("data.attributes.street2", Rule("data.attributes.street2", "string")),
    ("data.attributes.city", Rule("data.attributes.city", "string")),
    ("data.attributes.state", Rule("data.attributes.state", "string")),
    (
        "data.attributes.country",
        Rule("data.attributes.country", "enum", enum=PortCountry),
    ),
    ("data.attributes.zip", Rule("data.attributes.zip", "string")),
    (
        "data.attributes.usage_type",
        Rule("data.attributes.usage_type", "enum", enum=UsageType),
    ),
    (
        "data.attributes.loa_details.email",
        Rule("data.attributes.loa_details.email", "string"),
    ),
)


def create_port_order(
    body: PortOrderCreateRequest | Mapping[str, Any] | str,
) -> Call[PortOrderDocument]:
    """Ask to port numbers to Flowroute.

    Flowroute may split the order into a group of orders. Only part of the
    attribute list was readable; the attributes object accepts more keys.
    The success status is not documented (201 is likely); both 200 and 201
    are declared with the same body.

    Args:
        body: The request body.
    """
    values = checked(_CREATE_PORT_ORDER_RULES, ())
    payload = body_json(
        body, "body", (PortOrderCreateRequest,), _CREATE_PORT_ORDER_BODY_RULES
    )
    return Call(
        "POST",
        "/v2/portorders",
        None,
        payload,
        {"Content-Type": "application/json"},
        PortOrderDocument.from_dict,
        False,
    )


_GET_PORT_ORDER_RULES = (
    Rule(
        "port_order_id",
        "string",
        pattern="^[A-Za-z0-9_-]+$",
        accepts_int=True,
        required=True,
    ),
)


def get_port_order(
    port_order_id: str | int,
) -> Call[PortOrderDocument]:
    """Read one port order.

    Only `status` is known to be present in every order; the other attributes are optional here.

    Args:
        port_order_id: Port order id.
    """
    values = checked(_GET_PORT_ORDER_RULES, (port_order_id,))
    return Call(
        "GET",
        f"/v2/portorders/{quote(values[0], safe='')}",
        None,
        None,
        None,
        PortOrderDocument.from_dict,
        True,
    )


_UPDATE_PORT_ORDER_RULES = (
    Rule(
        "port_order_id",
        "string",
        pattern="^[A-Za-z0-9_-]+$",
        accepts_int=True,
        required=True,
    ),
)
_UPDATE_PORT_ORDER_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="portorder", required=True)),
    ("data.attributes.billing_name", Rule("data.attributes.billing_name", "string")),
    ("data.attributes.street", Rule("data.attributes.street", "string")),
    ("data.attributes.street2", Rule("data.attributes.street2", "string")),
    ("data.attributes.city", Rule("data.attributes.city", "string")),
    ("data.attributes.state", Rule("data.attributes.state", "string")),
    (
        "data.attributes.country",
        Rule("data.attributes.country", "enum", enum=PortCountry),
    ),
    ("data.attributes.zip", Rule("data.attributes.zip", "string")),
    ("data.attributes.provider", Rule("data.attributes.provider", "string")),
    (
        "data.attributes.usage_type",
        Rule("data.attributes.usage_type", "enum", enum=UsageType),
    ),
    (
        "data.attributes.loa_details.email",
        Rule("data.attributes.loa_details.email", "string"),
    ),
    ("data.attributes.alias", Rule("data.attributes.alias", "string")),
    (
        "data.attributes.presets.cnam_id",
        Rule(
            "data.attributes.presets.cnam_id",
            "union",
            types=("string", "integer"),
            nullable=True,
        ),
    ),
    (
        "data.attributes.presets.e911_id",
        Rule(
            "data.attributes.presets.e911_id",
            "union",
            types=("string", "integer"),
            nullable=True,
        ),
    ),
    (
        "data.attributes.presets.primary_route_id",
        Rule(
            "data.attributes.presets.primary_route_id",
            "union",
            types=("string", "integer"),
            nullable=True,
        ),
    ),
    (
        "data.attributes.presets.failover_route_id",
        Rule(
            "data.attributes.presets.failover_route_id",
            "union",
            types=("string", "integer"),
            nullable=True,
        ),
    ),
    (
        "data.attributes.status",
        Rule("data.attributes.status", "enum", enum=PortOrderCancel),
    ),
)


def update_port_order(
    port_order_id: str | int,
    body: PortOrderUpdateRequest | Mapping[str, Any] | str,
) -> Call[PortOrderDocument]:
    """Change, preset or cancel a port order.

    One call for three things: billing/provider details (while Pending or
    Rejected); presets and `alias` (while Pending, Processing, Submitted,
    Rejected, Review or Accepted; preset ids must exist); and cancelling with
    `status: cancelled`. A cancel answers with only `status` and
    `status_updated_at`. Flowroute's method line puts the cancel here, but its
    example sends the same body to `/v2/portorders/{id}/status`; this spec
    follows the method line.

    Args:
        port_order_id: Port order id.
        body: The request body.
    """
    values = checked(_UPDATE_PORT_ORDER_RULES, (port_order_id,))
    payload = body_json(
        body, "body", (PortOrderUpdateRequest,), _UPDATE_PORT_ORDER_BODY_RULES
    )
    return Call(
        "PATCH",
        f"/v2/portorders/{quote(values[0], safe='')}",
        None,
        payload,
        {"Content-Type": "application/json"},
        PortOrderDocument.from_dict,
        True,
    )


_GET_PORT_ORDER_STATUS_RULES = (
    Rule(
        "port_order_id",
        "string",
        pattern="^[A-Za-z0-9_-]+$",
        accepts_int=True,
        required=True,
    ),
)


def get_port_order_status(
    port_order_id: str | int,
) -> Call[PortOrderStatusDocument]:
    """Read only a port order's status.

    `status_updated_at` is null until the status first changes.

    Args:
        port_order_id: Port order id.
    """
    values = checked(_GET_PORT_ORDER_STATUS_RULES, (port_order_id,))
    return Call(
        "GET",
        f"/v2/portorders/{quote(values[0], safe='')}/status",
        None,
        None,
        None,
        PortOrderStatusDocument.from_dict,
        True,
    )


_UPDATE_PORT_ORDER_NUMBERS_RULES = (
    Rule(
        "port_order_id",
        "string",
        pattern="^[A-Za-z0-9_-]+$",
        accepts_int=True,
        required=True,
    ),
)
_UPDATE_PORT_ORDER_NUMBERS_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    (
        "add",
        Rule(
            "add",
            "array",
            items=Rule(
                "add[]",
                "string",
                pattern="^\\+[1-9][0-9]{6,14}$",
                expected="an E.164 number with a leading + such as '+12065550100'",
                required=True,
            ),
        ),
    ),
    (
        "remove",
        Rule(
            "remove",
            "array",
            items=Rule(
                "remove[]",
                "string",
                pattern="^\\+[1-9][0-9]{6,14}$",
                expected="an E.164 number with a leading + such as '+12065550100'",
                required=True,
            ),
        ),
    ),
)


def update_port_order_numbers(
    port_order_id: str | int,
    body: PortOrderNumbersChange | Mapping[str, Any] | str,
) -> Call[PortOrderDocument]:
    """Add numbers to or remove numbers from a pending port order.

    The body is flat JSON with E.164 numbers, not a JSON:API document.

    Args:
        port_order_id: Port order id.
        body: The request body.
    """
    values = checked(_UPDATE_PORT_ORDER_NUMBERS_RULES, (port_order_id,))
    payload = body_json(
        body, "body", (PortOrderNumbersChange,), _UPDATE_PORT_ORDER_NUMBERS_BODY_RULES
    )
    return Call(
        "PATCH",
        f"/v2/portorders/{quote(values[0], safe='')}/relationships/numbers",
        None,
        payload,
        {"Content-Type": "application/json"},
        PortOrderDocument.from_dict,
        True,
    )


_ADD_NUMBERS_TO_PORT_ORDER_GROUP_RULES = (
    Rule(
        "group_id",
        "string",
        pattern="^[A-Za-z0-9_-]+$",
        accepts_int=True,
        required=True,
    ),
)
_ADD_NUMBERS_TO_PORT_ORDER_GROUP_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    (
        "add",
        Rule(
            "add",
            "array",
            items=Rule(
                "add[]",
                "string",
                pattern="^\\+[1-9][0-9]{6,14}$",
                expected="an E.164 number with a leading + such as '+12065550100'",
                required=True,
            ),
            min_length=1,
        ),
    ),
    (
        "numbers",
        Rule(
            "numbers",
            "array",
            items=Rule(
                "numbers[]",
                "string",
                pattern="^\\+[1-9][0-9]{6,14}$",
                expected="an E.164 number with a leading + such as '+12065550100'",
                required=True,
            ),
            min_length=1,
        ),
    ),
)


def add_numbers_to_port_order_group(
    group_id: str | int,
    body: PortOrderGroupNumbersRequest | Mapping[str, Any] | str,
) -> Call[PortOrderGroupNumbersResult]:
    """Add numbers to a port order group.

    Flowroute's example sends `{"add": […]}` while its prose names the field
    `numbers`; both keys are allowed here, send `add`. The answer's body is
    not documented, so it is left open (the example shows a port order).

    Args:
        group_id: The port order group id (`group_id` of an order in the group).
        body: The request body.
    """
    values = checked(_ADD_NUMBERS_TO_PORT_ORDER_GROUP_RULES, (group_id,))
    payload = body_json(
        body,
        "body",
        (PortOrderGroupNumbersRequest,),
        _ADD_NUMBERS_TO_PORT_ORDER_GROUP_BODY_RULES,
    )
    return Call(
        "POST",
        f"/v2/portorders/{quote(values[0], safe='')}/numbers",
        None,
        payload,
        {"Content-Type": "application/json"},
        PortOrderGroupNumbersResult.from_dict,
        False,
    )


_REMOVE_PORT_ORDER_PRESET_RULES = (
    Rule(
        "port_order_id",
        "string",
        pattern="^[A-Za-z0-9_-]+$",
        accepts_int=True,
        required=True,
    ),
    Rule("preset", "enum", enum=PortOrderPreset, required=True),
)


def remove_port_order_preset(
    port_order_id: str | int,
    preset: PortOrderPreset | str,
) -> Call[PortOrderDocument]:
    """Remove one preset from a port order.

    Flowroute's method line writes `/preset/{preset}` but its example uses
    `/presets/{preset}`; this spec follows the example, which matches the
    `presets` attribute.

    Args:
        port_order_id: Port order id.
        preset: Which preset to remove.
    """
    values = checked(
        _REMOVE_PORT_ORDER_PRESET_RULES,
        (
            port_order_id,
            preset,
        ),
    )
    return Call(
        "DELETE",
        f"/v2/portorders/{quote(values[0], safe='')}/presets/{quote(values[1], safe='')}",
        None,
        None,
        None,
        PortOrderDocument.from_dict,
        True,
    )


def _list_port_orders_items(page: PortOrderListDocument) -> list[PortOrder]:
    return list(page.data.attributes.orders.data)


OPERATIONS: dict[str, OperationSpec] = {
    "check_portability": OperationSpec(
        name="check_portability",
        tag="porting",
        method="POST",
        path="/v2/portorders/portability",
        build=check_portability,
        parse=PortabilityDocument.from_dict,
        rules=_CHECK_PORTABILITY_RULES,
        body_rules=_CHECK_PORTABILITY_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "list_port_orders": OperationSpec(
        name="list_port_orders",
        tag="porting",
        method="GET",
        path="/v2/portorders",
        build=list_port_orders,
        parse=PortOrderListDocument.from_dict,
        rules=_LIST_PORT_ORDERS_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_port_orders",
        max_page_size=200,
        custom=False,
    ),
    "create_port_order": OperationSpec(
        name="create_port_order",
        tag="porting",
        method="POST",
        path="/v2/portorders",
        build=create_port_order,
        parse=PortOrderDocument.from_dict,
        rules=_CREATE_PORT_ORDER_RULES,
        body_rules=_CREATE_PORT_ORDER_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "get_port_order": OperationSpec(
        name="get_port_order",
        tag="porting",
        method="GET",
        path="/v2/portorders/{id}",
        build=get_port_order,
        parse=PortOrderDocument.from_dict,
        rules=_GET_PORT_ORDER_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_port_order": OperationSpec(
        name="update_port_order",
        tag="porting",
        method="PATCH",
        path="/v2/portorders/{id}",
        build=update_port_order,
        parse=PortOrderDocument.from_dict,
        rules=_UPDATE_PORT_ORDER_RULES,
        body_rules=_UPDATE_PORT_ORDER_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "get_port_order_status": OperationSpec(
        name="get_port_order_status",
        tag="porting",
        method="GET",
        path="/v2/portorders/{id}/status",
        build=get_port_order_status,
        parse=PortOrderStatusDocument.from_dict,
        rules=_GET_PORT_ORDER_STATUS_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_port_order_numbers": OperationSpec(
        name="update_port_order_numbers",
        tag="porting",
        method="PATCH",
        path="/v2/portorders/{id}/relationships/numbers",
        build=update_port_order_numbers,
        parse=PortOrderDocument.from_dict,
        rules=_UPDATE_PORT_ORDER_NUMBERS_RULES,
        body_rules=_UPDATE_PORT_ORDER_NUMBERS_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "add_numbers_to_port_order_group": OperationSpec(
        name="add_numbers_to_port_order_group",
        tag="porting",
        method="POST",
        path="/v2/portorders/{group_id}/numbers",
        build=add_numbers_to_port_order_group,
        parse=PortOrderGroupNumbersResult.from_dict,
        rules=_ADD_NUMBERS_TO_PORT_ORDER_GROUP_RULES,
        body_rules=_ADD_NUMBERS_TO_PORT_ORDER_GROUP_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "remove_port_order_preset": OperationSpec(
        name="remove_port_order_preset",
        tag="porting",
        method="DELETE",
        path="/v2/portorders/{id}/presets/{preset}",
        build=remove_port_order_preset,
        parse=PortOrderDocument.from_dict,
        rules=_REMOVE_PORT_ORDER_PRESET_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
}


class PortingOperations(SyncResource):
    """``client.porting``: Port numbers to Flowroute, and the port-order status webhook."""

    def list_port_orders(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        numbers: Sequence[str] | None = None,
        status: str | None = None,
        alias: str | None = None,
        completion_date: date | datetime | str | None = None,
        created_after: date | datetime | str | None = None,
        created_before: date | datetime | str | None = None,
        modified_after: date | datetime | str | None = None,
        modified_before: date | datetime | str | None = None,
        completed_after: date | datetime | str | None = None,
        completed_before: date | datetime | str | None = None,
    ) -> PortOrderListDocument:
        """Search the account's port orders.

        The answer wraps the orders oddly, as
        `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
        Flowroute writes the number filter as `numbers[]` without showing how it is
        encoded; this spec repeats `numbers=` once per number. Two documented
        options are left out: the ordering parameter (its name was not readable)
        and `group_id`, which together with `status` returns a group summary whose
        shape is undocumented.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            numbers: Only orders containing these E.164 numbers.
            status: Only orders in this status (`pending`, `submitted`, `completed`, …).
            alias: Only orders with this alias.
            completion_date: Only orders completed on this date.
            created_after: Only orders created after this date or date-time.
            created_before: Only orders created before this date or date-time.
            modified_after: Only orders changed after this date or date-time.
            modified_before: Only orders changed before this date or date-time.
            completed_after: Only orders completed after this date or date-time.
            completed_before: Only orders completed before this date or date-time.
        """

        return self._client._execute(
            list_port_orders(
                limit=limit,
                offset=offset,
                numbers=numbers,
                status=status,
                alias=alias,
                completion_date=completion_date,
                created_after=created_after,
                created_before=created_before,
                modified_after=modified_after,
                modified_before=modified_before,
                completed_after=completed_after,
                completed_before=completed_before,
            )
        )

    def iter_port_orders(
        self,
        *,
        numbers: Sequence[str] | None = None,
        status: str | None = None,
        alias: str | None = None,
        completion_date: date | datetime | str | None = None,
        created_after: date | datetime | str | None = None,
        created_before: date | datetime | str | None = None,
        modified_after: date | datetime | str | None = None,
        modified_before: date | datetime | str | None = None,
        completed_after: date | datetime | str | None = None,
        completed_before: date | datetime | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[PortOrder]:
        """Search the account's port orders.

        Every record of ``list_port_orders``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            numbers: Only orders containing these E.164 numbers.
            status: Only orders in this status (`pending`, `submitted`, `completed`, …).
            alias: Only orders with this alias.
            completion_date: Only orders completed on this date.
            created_after: Only orders created after this date or date-time.
            created_before: Only orders created before this date or date-time.
            modified_after: Only orders changed after this date or date-time.
            modified_before: Only orders changed before this date or date-time.
            completed_after: Only orders completed after this date or date-time.
            completed_before: Only orders completed before this date or date-time.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_port_orders(
                    limit=limit,
                    offset=offset,
                    numbers=numbers,
                    status=status,
                    alias=alias,
                    completion_date=completion_date,
                    created_after=created_after,
                    created_before=created_before,
                    modified_after=modified_after,
                    modified_before=modified_before,
                    completed_after=completed_after,
                    completed_before=completed_before,
                ),
                _list_port_orders_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    def get_port_order(
        self,
        port_order_id: str | int,
    ) -> PortOrderDocument:
        """Read one port order.

        Only `status` is known to be present in every order; the other attributes are optional here.

        Args:
            port_order_id: Port order id.
        """

        return self._client._execute(
            get_port_order(
                port_order_id=port_order_id,
            )
        )

    def get_port_order_status(
        self,
        port_order_id: str | int,
    ) -> PortOrderStatusDocument:
        """Read only a port order's status.

        `status_updated_at` is null until the status first changes.

        Args:
            port_order_id: Port order id.
        """

        return self._client._execute(
            get_port_order_status(
                port_order_id=port_order_id,
            )
        )

    def remove_port_order_preset(
        self,
        port_order_id: str | int,
        preset: PortOrderPreset | str,
    ) -> PortOrderDocument:
        """Remove one preset from a port order.

        Flowroute's method line writes `/preset/{preset}` but its example uses
        `/presets/{preset}`; this spec follows the example, which matches the
        `presets` attribute.

        Args:
            port_order_id: Port order id.
            preset: Which preset to remove.
        """

        return self._client._execute(
            remove_port_order_preset(
                port_order_id=port_order_id,
                preset=preset,
            )
        )


class AsyncPortingOperations(AsyncResource):
    """``client.porting`` on the async client: Port numbers to Flowroute, and the port-order status webhook."""

    async def list_port_orders(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        numbers: Sequence[str] | None = None,
        status: str | None = None,
        alias: str | None = None,
        completion_date: date | datetime | str | None = None,
        created_after: date | datetime | str | None = None,
        created_before: date | datetime | str | None = None,
        modified_after: date | datetime | str | None = None,
        modified_before: date | datetime | str | None = None,
        completed_after: date | datetime | str | None = None,
        completed_before: date | datetime | str | None = None,
    ) -> PortOrderListDocument:
        """Search the account's port orders.

        The answer wraps the orders oddly, as
        `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
        Flowroute writes the number filter as `numbers[]` without showing how it is
        encoded; this spec repeats `numbers=` once per number. Two documented
        options are left out: the ordering parameter (its name was not readable)
        and `group_id`, which together with `status` returns a group summary whose
        shape is undocumented.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            numbers: Only orders containing these E.164 numbers.
            status: Only orders in this status (`pending`, `submitted`, `completed`, …).
            alias: Only orders with this alias.
            completion_date: Only orders completed on this date.
            created_after: Only orders created after this date or date-time.
            created_before: Only orders created before this date or date-time.
            modified_after: Only orders changed after this date or date-time.
            modified_before: Only orders changed before this date or date-time.
            completed_after: Only orders completed after this date or date-time.
            completed_before: Only orders completed before this date or date-time.
        """

        return await self._client._execute(
            list_port_orders(
                limit=limit,
                offset=offset,
                numbers=numbers,
                status=status,
                alias=alias,
                completion_date=completion_date,
                created_after=created_after,
                created_before=created_before,
                modified_after=modified_after,
                modified_before=modified_before,
                completed_after=completed_after,
                completed_before=completed_before,
            )
        )

    def iter_port_orders(
        self,
        *,
        numbers: Sequence[str] | None = None,
        status: str | None = None,
        alias: str | None = None,
        completion_date: date | datetime | str | None = None,
        created_after: date | datetime | str | None = None,
        created_before: date | datetime | str | None = None,
        modified_after: date | datetime | str | None = None,
        modified_before: date | datetime | str | None = None,
        completed_after: date | datetime | str | None = None,
        completed_before: date | datetime | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[PortOrder]:
        """Search the account's port orders.

        Every record of ``list_port_orders``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            numbers: Only orders containing these E.164 numbers.
            status: Only orders in this status (`pending`, `submitted`, `completed`, …).
            alias: Only orders with this alias.
            completion_date: Only orders completed on this date.
            created_after: Only orders created after this date or date-time.
            created_before: Only orders created before this date or date-time.
            modified_after: Only orders changed after this date or date-time.
            modified_before: Only orders changed before this date or date-time.
            completed_after: Only orders completed after this date or date-time.
            completed_before: Only orders completed before this date or date-time.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_port_orders(
                    limit=limit,
                    offset=offset,
                    numbers=numbers,
                    status=status,
                    alias=alias,
                    completion_date=completion_date,
                    created_after=created_after,
                    created_before=created_before,
                    modified_after=modified_after,
                    modified_before=modified_before,
                    completed_after=completed_after,
                    completed_before=completed_before,
                ),
                _list_port_orders_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    async def get_port_order(
        self,
        port_order_id: str | int,
    ) -> PortOrderDocument:
        """Read one port order.

        Only `status` is known to be present in every order; the other attributes are optional here.

        Args:
            port_order_id: Port order id.
        """

        return await self._client._execute(
            get_port_order(
                port_order_id=port_order_id,
            )
        )

    async def get_port_order_status(
        self,
        port_order_id: str | int,
    ) -> PortOrderStatusDocument:
        """Read only a port order's status.

        `status_updated_at` is null until the status first changes.

        Args:
            port_order_id: Port order id.
        """

        return await self._client._execute(
            get_port_order_status(
                port_order_id=port_order_id,
            )
        )

    async def remove_port_order_preset(
        self,
        port_order_id: str | int,
        preset: PortOrderPreset | str,
    ) -> PortOrderDocument:
        """Remove one preset from a port order.

        Flowroute's method line writes `/preset/{preset}` but its example uses
        `/presets/{preset}`; this spec follows the example, which matches the
        `presets` attribute.

        Args:
            port_order_id: Port order id.
            preset: Which preset to remove.
        """

        return await self._client._execute(
            remove_port_order_preset(
                port_order_id=port_order_id,
                preset=preset,
            )
        )


class RawPortingOperations(RawResource):
    """The seed-compatible controller for porting: the same operations, answering the server's JSON."""

    def list_port_orders(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        numbers: Sequence[str] | None = None,
        status: str | None = None,
        alias: str | None = None,
        completion_date: date | datetime | str | None = None,
        created_after: date | datetime | str | None = None,
        created_before: date | datetime | str | None = None,
        modified_after: date | datetime | str | None = None,
        modified_before: date | datetime | str | None = None,
        completed_after: date | datetime | str | None = None,
        completed_before: date | datetime | str | None = None,
    ) -> Any:
        """Search the account's port orders.

        The answer wraps the orders oddly, as
        `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
        Flowroute writes the number filter as `numbers[]` without showing how it is
        encoded; this spec repeats `numbers=` once per number. Two documented
        options are left out: the ordering parameter (its name was not readable)
        and `group_id`, which together with `status` returns a group summary whose
        shape is undocumented.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            numbers: Only orders containing these E.164 numbers.
            status: Only orders in this status (`pending`, `submitted`, `completed`, …).
            alias: Only orders with this alias.
            completion_date: Only orders completed on this date.
            created_after: Only orders created after this date or date-time.
            created_before: Only orders created before this date or date-time.
            modified_after: Only orders changed after this date or date-time.
            modified_before: Only orders changed before this date or date-time.
            completed_after: Only orders completed after this date or date-time.
            completed_before: Only orders completed before this date or date-time.
        """

        return self._client._execute_raw(
            list_port_orders(
                limit=limit,
                offset=offset,
                numbers=numbers,
                status=status,
                alias=alias,
                completion_date=completion_date,
                created_after=created_after,
                created_before=created_before,
                modified_after=modified_after,
                modified_before=modified_before,
                completed_after=completed_after,
                completed_before=completed_before,
            )
        )

    def get_port_order(
        self,
        port_order_id: str | int,
    ) -> Any:
        """Read one port order.

        Only `status` is known to be present in every order; the other attributes are optional here.

        Args:
            port_order_id: Port order id.
        """

        return self._client._execute_raw(
            get_port_order(
                port_order_id=port_order_id,
            )
        )

    def get_port_order_status(
        self,
        port_order_id: str | int,
    ) -> Any:
        """Read only a port order's status.

        `status_updated_at` is null until the status first changes.

        Args:
            port_order_id: Port order id.
        """

        return self._client._execute_raw(
            get_port_order_status(
                port_order_id=port_order_id,
            )
        )

    def remove_port_order_preset(
        self,
        port_order_id: str | int,
        preset: PortOrderPreset | str,
    ) -> Any:
        """Remove one preset from a port order.

        Flowroute's method line writes `/preset/{preset}` but its example uses
        `/presets/{preset}`; this spec follows the example, which matches the
        `presets` attribute.

        Args:
            port_order_id: Port order id.
            preset: Which preset to remove.
        """

        return self._client._execute_raw(
            remove_port_order_preset(
                port_order_id=port_order_id,
                preset=preset,
            )
        )


class PortingWithRawResponse(SyncResource):
    """``client.with_raw_response.porting``: each operation's answer as a ``RawResponse``."""

    def check_portability(
        self,
        body: PortabilityRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortabilityDocument]:
        """Check whether numbers can be ported to Flowroute.

        Numbers must be E.164 with the leading `+`. A number can appear in more
        than one list (portable and hypernetwork-enabled, say). The later Python
        SDK sends the body form-encoded; Flowroute's pages show JSON.

        Args:
            body: The request body.
        """

        return self._client._execute_with_response(check_portability(body=body))

    def list_port_orders(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        numbers: Sequence[str] | None = None,
        status: str | None = None,
        alias: str | None = None,
        completion_date: date | datetime | str | None = None,
        created_after: date | datetime | str | None = None,
        created_before: date | datetime | str | None = None,
        modified_after: date | datetime | str | None = None,
        modified_before: date | datetime | str | None = None,
        completed_after: date | datetime | str | None = None,
        completed_before: date | datetime | str | None = None,
    ) -> RawResponse[PortOrderListDocument]:
        """Search the account's port orders.

        The answer wraps the orders oddly, as
        `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
        Flowroute writes the number filter as `numbers[]` without showing how it is
        encoded; this spec repeats `numbers=` once per number. Two documented
        options are left out: the ordering parameter (its name was not readable)
        and `group_id`, which together with `status` returns a group summary whose
        shape is undocumented.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            numbers: Only orders containing these E.164 numbers.
            status: Only orders in this status (`pending`, `submitted`, `completed`, …).
            alias: Only orders with this alias.
            completion_date: Only orders completed on this date.
            created_after: Only orders created after this date or date-time.
            created_before: Only orders created before this date or date-time.
            modified_after: Only orders changed after this date or date-time.
            modified_before: Only orders changed before this date or date-time.
            completed_after: Only orders completed after this date or date-time.
            completed_before: Only orders completed before this date or date-time.
        """

        return self._client._execute_with_response(
            list_port_orders(
                limit=limit,
                offset=offset,
                numbers=numbers,
                status=status,
                alias=alias,
                completion_date=completion_date,
                created_after=created_after,
                created_before=created_before,
                modified_after=modified_after,
                modified_before=modified_before,
                completed_after=completed_after,
                completed_before=completed_before,
            )
        )

    def create_port_order(
        self,
        body: PortOrderCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderDocument]:
        """Ask to port numbers to Flowroute.

        Flowroute may split the order into a group of orders. Only part of the
        attribute list was readable; the attributes object accepts more keys.
        The success status is not documented (201 is likely); both 200 and 201
        are declared with the same body.

        Args:
            body: The request body.
        """

        return self._client._execute_with_response(create_port_order(body=body))

    def get_port_order(
        self,
        port_order_id: str | int,
    ) -> RawResponse[PortOrderDocument]:
        """Read one port order.

        Only `status` is known to be present in every order; the other attributes are optional here.

        Args:
            port_order_id: Port order id.
        """

        return self._client._execute_with_response(
            get_port_order(
                port_order_id=port_order_id,
            )
        )

    def update_port_order(
        self,
        port_order_id: str | int,
        body: PortOrderUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderDocument]:
        """Change, preset or cancel a port order.

        One call for three things: billing/provider details (while Pending or
        Rejected); presets and `alias` (while Pending, Processing, Submitted,
        Rejected, Review or Accepted; preset ids must exist); and cancelling with
        `status: cancelled`. A cancel answers with only `status` and
        `status_updated_at`. Flowroute's method line puts the cancel here, but its
        example sends the same body to `/v2/portorders/{id}/status`; this spec
        follows the method line.

        Args:
            port_order_id: Port order id.
            body: The request body.
        """

        return self._client._execute_with_response(
            update_port_order(port_order_id=port_order_id, body=body)
        )

    def get_port_order_status(
        self,
        port_order_id: str | int,
    ) -> RawResponse[PortOrderStatusDocument]:
        """Read only a port order's status.

        `status_updated_at` is null until the status first changes.

        Args:
            port_order_id: Port order id.
        """

        return self._client._execute_with_response(
            get_port_order_status(
                port_order_id=port_order_id,
            )
        )

    def update_port_order_numbers(
        self,
        port_order_id: str | int,
        body: PortOrderNumbersChange | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderDocument]:
        """Add numbers to or remove numbers from a pending port order.

        The body is flat JSON with E.164 numbers, not a JSON:API document.

        Args:
            port_order_id: Port order id.
            body: The request body.
        """

        return self._client._execute_with_response(
            update_port_order_numbers(port_order_id=port_order_id, body=body)
        )

    def add_numbers_to_port_order_group(
        self,
        group_id: str | int,
        body: PortOrderGroupNumbersRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderGroupNumbersResult]:
        """Add numbers to a port order group.

        Flowroute's example sends `{"add": […]}` while its prose names the field
        `numbers`; both keys are allowed here, send `add`. The answer's body is
        not documented, so it is left open (the example shows a port order).

        Args:
            group_id: The port order group id (`group_id` of an order in the group).
            body: The request body.
        """

        return self._client._execute_with_response(
            add_numbers_to_port_order_group(group_id=group_id, body=body)
        )

    def remove_port_order_preset(
        self,
        port_order_id: str | int,
        preset: PortOrderPreset | str,
    ) -> RawResponse[PortOrderDocument]:
        """Remove one preset from a port order.

        Flowroute's method line writes `/preset/{preset}` but its example uses
        `/presets/{preset}`; this spec follows the example, which matches the
        `presets` attribute.

        Args:
            port_order_id: Port order id.
            preset: Which preset to remove.
        """

        return self._client._execute_with_response(
            remove_port_order_preset(
                port_order_id=port_order_id,
                preset=preset,
            )
        )


class AsyncPortingWithRawResponse(AsyncResource):
    """``client.with_raw_response.porting`` on the async client."""

    async def check_portability(
        self,
        body: PortabilityRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortabilityDocument]:
        """Check whether numbers can be ported to Flowroute.

        Numbers must be E.164 with the leading `+`. A number can appear in more
        than one list (portable and hypernetwork-enabled, say). The later Python
        SDK sends the body form-encoded; Flowroute's pages show JSON.

        Args:
            body: The request body.
        """

        return await self._client._execute_with_response(check_portability(body=body))

    async def list_port_orders(
        self,
        limit: int | None = None,
        offset: int | None = None,
        *,
        numbers: Sequence[str] | None = None,
        status: str | None = None,
        alias: str | None = None,
        completion_date: date | datetime | str | None = None,
        created_after: date | datetime | str | None = None,
        created_before: date | datetime | str | None = None,
        modified_after: date | datetime | str | None = None,
        modified_before: date | datetime | str | None = None,
        completed_after: date | datetime | str | None = None,
        completed_before: date | datetime | str | None = None,
    ) -> RawResponse[PortOrderListDocument]:
        """Search the account's port orders.

        The answer wraps the orders oddly, as
        `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
        Flowroute writes the number filter as `numbers[]` without showing how it is
        encoded; this spec repeats `numbers=` once per number. Two documented
        options are left out: the ordering parameter (its name was not readable)
        and `group_id`, which together with `status` returns a group summary whose
        shape is undocumented.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            numbers: Only orders containing these E.164 numbers.
            status: Only orders in this status (`pending`, `submitted`, `completed`, …).
            alias: Only orders with this alias.
            completion_date: Only orders completed on this date.
            created_after: Only orders created after this date or date-time.
            created_before: Only orders created before this date or date-time.
            modified_after: Only orders changed after this date or date-time.
            modified_before: Only orders changed before this date or date-time.
            completed_after: Only orders completed after this date or date-time.
            completed_before: Only orders completed before this date or date-time.
        """

        return await self._client._execute_with_response(
            list_port_orders(
                limit=limit,
                offset=offset,
                numbers=numbers,
                status=status,
                alias=alias,
                completion_date=completion_date,
                created_after=created_after,
                created_before=created_before,
                modified_after=modified_after,
                modified_before=modified_before,
                completed_after=completed_after,
                completed_before=completed_before,
            )
        )

    async def create_port_order(
        self,
        body: PortOrderCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderDocument]:
        """Ask to port numbers to Flowroute.

        Flowroute may split the order into a group of orders. Only part of the
        attribute list was readable; the attributes object accepts more keys.
        The success status is not documented (201 is likely); both 200 and 201
        are declared with the same body.

        Args:
            body: The request body.
        """

        return await self._client._execute_with_response(create_port_order(body=body))

    async def get_port_order(
        self,
        port_order_id: str | int,
    ) -> RawResponse[PortOrderDocument]:
        """Read one port order.

        Only `status` is known to be present in every order; the other attributes are optional here.

        Args:
            port_order_id: Port order id.
        """

        return await self._client._execute_with_response(
            get_port_order(
                port_order_id=port_order_id,
            )
        )

    async def update_port_order(
        self,
        port_order_id: str | int,
        body: PortOrderUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderDocument]:
        """Change, preset or cancel a port order.

        One call for three things: billing/provider details (while Pending or
        Rejected); presets and `alias` (while Pending, Processing, Submitted,
        Rejected, Review or Accepted; preset ids must exist); and cancelling with
        `status: cancelled`. A cancel answers with only `status` and
        `status_updated_at`. Flowroute's method line puts the cancel here, but its
        example sends the same body to `/v2/portorders/{id}/status`; this spec
        follows the method line.

        Args:
            port_order_id: Port order id.
            body: The request body.
        """

        return await self._client._execute_with_response(
            update_port_order(port_order_id=port_order_id, body=body)
        )

    async def get_port_order_status(
        self,
        port_order_id: str | int,
    ) -> RawResponse[PortOrderStatusDocument]:
        """Read only a port order's status.

        `status_updated_at` is null until the status first changes.

        Args:
            port_order_id: Port order id.
        """

        return await self._client._execute_with_response(
            get_port_order_status(
                port_order_id=port_order_id,
            )
        )

    async def update_port_order_numbers(
        self,
        port_order_id: str | int,
        body: PortOrderNumbersChange | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderDocument]:
        """Add numbers to or remove numbers from a pending port order.

        The body is flat JSON with E.164 numbers, not a JSON:API document.

        Args:
            port_order_id: Port order id.
            body: The request body.
        """

        return await self._client._execute_with_response(
            update_port_order_numbers(port_order_id=port_order_id, body=body)
        )

    async def add_numbers_to_port_order_group(
        self,
        group_id: str | int,
        body: PortOrderGroupNumbersRequest | Mapping[str, Any] | str,
    ) -> RawResponse[PortOrderGroupNumbersResult]:
        """Add numbers to a port order group.

        Flowroute's example sends `{"add": […]}` while its prose names the field
        `numbers`; both keys are allowed here, send `add`. The answer's body is
        not documented, so it is left open (the example shows a port order).

        Args:
            group_id: The port order group id (`group_id` of an order in the group).
            body: The request body.
        """

        return await self._client._execute_with_response(
            add_numbers_to_port_order_group(group_id=group_id, body=body)
        )

    async def remove_port_order_preset(
        self,
        port_order_id: str | int,
        preset: PortOrderPreset | str,
    ) -> RawResponse[PortOrderDocument]:
        """Remove one preset from a port order.

        Flowroute's method line writes `/preset/{preset}` but its example uses
        `/presets/{preset}`; this spec follows the example, which matches the
        `presets` attribute.

        Args:
            port_order_id: Port order id.
            preset: Which preset to remove.
        """

        return await self._client._execute_with_response(
            remove_port_order_preset(
                port_order_id=port_order_id,
                preset=preset,
            )
        )
