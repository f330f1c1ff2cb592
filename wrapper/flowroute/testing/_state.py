"""The account the fake keeps: numbers, routes, addresses, caller-ID names, messages, orders, exports."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from . import _inventory
from ._errors import not_found

if TYPE_CHECKING:
    from ._inventory import Purchasable
    from ._webhooks import Webhooks

DEFAULT_ROUTE_ID = "0"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclasses.dataclass
class OwnedNumber:
    value: str
    number_type: str
    rate_center: str
    state: str
    alias: str | None = None
    cnam_lookups_enabled: bool = False
    messaging_enabled: bool = False
    primary_route: str | None = DEFAULT_ROUTE_ID
    failover_route: str | None = None
    cnam_id: str | None = None
    e911_id: str | None = None
    callbacks: dict[str, str] = dataclasses.field(default_factory=dict)

    def attributes(self) -> dict[str, Any]:
        return {
            "alias": self.alias,
            "cnam_lookups_enabled": self.cnam_lookups_enabled,
            "messaging_enabled": self.messaging_enabled,
            "number_type": self.number_type,
            "rate_center": self.rate_center,
            "state": self.state,
            "value": self.value,
        }


@dataclasses.dataclass
class CdrExportJob:
    attributes: dict[str, Any]
    polls_left: int
    csv: bytes = b""


class State:
    """Everything one fake account holds; handlers read and change it under the fake's lock."""

    def __init__(self, seed: int, clock: Callable[[], datetime], webhooks: Webhooks) -> None:
        self.seed = seed
        self.rng: random.Random = random.Random(seed)
        self.clock = clock
        self.webhooks = webhooks
        self.inventory: dict[str, Purchasable] = _inventory.generate(seed)
        self.numbers: dict[str, OwnedNumber] = {}
        self.routes: dict[str, dict[str, Any]] = {
            DEFAULT_ROUTE_ID: {"alias": "sip-reg", "route_type": "sip-reg", "value": None, "edge_strategy_id": None}
        }
        self.e911s: dict[str, dict[str, Any]] = {}
        self.cnams: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.account_callbacks: dict[str, str] = {}
        self.port_orders: dict[str, dict[str, Any]] = {}
        self.cdr_exports: dict[str, CdrExportJob] = {}
        self.provisioning: dict[str, dict[str, Any]] = {}
        self._next_id = {"route": 98396, "e911": 20930, "cnam": 4281, "portorder": 61234, "cdr": 203485, "group": 5120}
        # How many status reads an export spends in "processing" before it completes.
        self.cdr_polls_to_complete = 1

    def new_id(self, kind: str) -> str:
        value = self._next_id[kind]
        self._next_id[kind] = value + 1
        return str(value)

    def new_mdr_id(self) -> str:
        return f"mdr2-{self.rng.getrandbits(128):032x}"

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def owned(self, number_id: str) -> OwnedNumber:
        found = self.numbers.get(number_id.lstrip("+"))
        if found is None:
            raise not_found("that number")
        return found

    def route(self, route_id: str) -> dict[str, Any]:
        found = self.routes.get(route_id)
        if found is None:
            raise not_found("that route")
        return found


def timestamp(moment: datetime) -> str:
    """ISO-8601 UTC with a two-digit fraction, as MDRs carry it (``2017-12-22T01:52:39.39Z``)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 10000:02d}Z"
