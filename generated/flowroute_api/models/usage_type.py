from enum import StrEnum


class UsageType(StrEnum):
    BUSINESS = "Business"
    RESIDENTIAL = "Residential"

    def __str__(self) -> str:
        return str(self.value)
