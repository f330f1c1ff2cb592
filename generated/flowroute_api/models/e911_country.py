from enum import StrEnum


class E911Country(StrEnum):
    CA = "CA"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
