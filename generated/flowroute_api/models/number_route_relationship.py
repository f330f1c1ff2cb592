from enum import StrEnum


class NumberRouteRelationship(StrEnum):
    FAILOVER_ROUTE = "failover_route"
    PRIMARY_ROUTE = "primary_route"

    def __str__(self) -> str:
        return str(self.value)
