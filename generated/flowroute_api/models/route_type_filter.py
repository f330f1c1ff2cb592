from enum import StrEnum


class RouteTypeFilter(StrEnum):
    HOST = "host"
    NUMBER = "number"
    SIP_REG = "sip-reg"
    URI = "uri"

    def __str__(self) -> str:
        return str(self.value)
