from enum import StrEnum


class NumberOrderBy(StrEnum):
    ISO_COUNTRY = "iso_country"
    MONTHLY_COST = "monthly_cost"
    NUMBER = "number"
    NUMBER_TYPE = "number_type"
    RATE_CENTER = "rate_center"
    STATE = "state"
    TN = "tn"
    VALUE = "value"

    def __str__(self) -> str:
        return str(self.value)
