from enum import StrEnum


class RouteType(StrEnum):
    HOST = "host"
    NUMBER = "number"
    URI = "uri"

    def __str__(self) -> str:
        return str(self.value)
