from enum import StrEnum


class PortOrderPreset(StrEnum):
    CNAM_ID = "cnam_id"
    E911_ID = "e911_id"
    FAILOVER_ROUTE_ID = "failover_route_id"
    PRIMARY_ROUTE_ID = "primary_route_id"

    def __str__(self) -> str:
        return str(self.value)
