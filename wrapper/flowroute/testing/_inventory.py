"""A deterministic inventory of purchasable numbers: the same seed gives the same numbers."""

from __future__ import annotations

import dataclasses
import random
from functools import cache

# (area code, state, rate center) for long codes; toll-free area codes have no rate center.
_AREAS = (
    ("201", "nj", "jerseycity"),
    ("206", "wa", "seattle"),
    ("212", "ny", "newyork"),
    ("303", "co", "denver"),
    ("312", "il", "chicago"),
    ("347", "ny", "newyork"),
    ("415", "ca", "sanfrancisco"),
    ("425", "wa", "bellevue"),
    ("503", "or", "portland"),
    ("509", "wa", "spokane"),
    ("512", "tx", "austin"),
    ("617", "ma", "boston"),
    ("646", "ny", "newyork"),
    ("702", "nv", "lasvegas"),
    ("720", "co", "denver"),
    ("786", "fl", "miami"),
    ("833", "", "tollfree"),
    ("844", "", "tollfree"),
)
_EXCHANGES_PER_AREA = 4
_NUMBERS_PER_EXCHANGE = 25
_SETUP_COSTS = (1.0, 1.0, 1.0, 2.5, 3.25, 5.0)


@dataclasses.dataclass(frozen=True)
class Purchasable:
    value: str
    number_type: str
    rate_center: str
    state: str
    monthly_cost: float
    setup_cost: float

    @property
    def area_code(self) -> str:
        return self.value[1:4]

    @property
    def exchange(self) -> str:
        return self.value[1:7]


def generate(seed: int) -> dict[str, Purchasable]:
    """About two thousand numbers across eighteen area codes, sorted by number (a fresh dict each call)."""
    return dict(_generate(seed))


@cache
def _generate(seed: int) -> dict[str, Purchasable]:
    rng = random.Random(seed)
    found: dict[str, Purchasable] = {}
    for area, state, rate_center in _AREAS:
        toll_free = rate_center == "tollfree"
        exchanges = sorted(rng.sample(range(200, 1000), _EXCHANGES_PER_AREA))
        for exchange in exchanges:
            lines = sorted(rng.sample(range(10000), _NUMBERS_PER_EXCHANGE))
            for line in lines:
                value = f"1{area}{exchange:03d}{line:04d}"
                found[value] = Purchasable(
                    value=value,
                    number_type="toll-free" if toll_free else "longcode",
                    rate_center=rate_center,
                    state=state,
                    monthly_cost=1.25 if not toll_free else 2.0,
                    setup_cost=rng.choice(_SETUP_COSTS),
                )
    return dict(sorted(found.items()))
