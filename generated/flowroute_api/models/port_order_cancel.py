from enum import StrEnum


class PortOrderCancel(StrEnum):
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)
