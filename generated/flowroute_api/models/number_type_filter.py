from enum import StrEnum


class NumberTypeFilter(StrEnum):
    LONGCODE = "longcode"
    TOLL_FREE = "toll-free"

    def __str__(self) -> str:
        return str(self.value)
