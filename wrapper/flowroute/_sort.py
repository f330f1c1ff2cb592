"""``sort_by``: a typed way to ask the inventory search for a sort direction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._public import present

if TYPE_CHECKING:
    from flowroute_api.models import NumberOrderBy, SortDirection


def sort_by(key: NumberOrderBy | str, direction: SortDirection | str) -> str:
    """The ``order_by`` value that sorts by ``key`` in ``direction``: ``sort_by(NumberOrderBy.MONTHLY_COST, "desc")``.

    Flowroute takes the direction after the key and a comma (``monthly_cost,desc``);
    both parts are checked against the spec's ``NumberOrderBy`` and ``SortDirection``.
    """
    # Imported here: the checks and the models load attrs, which `import flowroute` avoids.
    from flowroute_api.models import NumberOrderBy, SortDirection
    from flowroute_api.types import Unset

    from . import _validate as check

    field = check.choice(key, "key", NumberOrderBy)
    way = check.choice(direction, "direction", SortDirection)
    if isinstance(field, Unset):
        raise check.InvalidParameterError("key", "None was given", "a NumberOrderBy key such as 'monthly_cost'")
    if isinstance(way, Unset):
        raise check.InvalidParameterError("direction", "None was given", "'asc' or 'desc'")
    return f"{field.value},{way.value}"


present(sort_by)
