from enum import StrEnum


class PortCountry(StrEnum):
    CA = "CA"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
