"""Client attributes whose resource module is imported on first use.

Each resource module pulls in its generated endpoint modules and models; loading
all of them eagerly made ``import flowroute`` several times slower than
``import httpx``. A client pays for a controller the first time it touches it.
"""

from __future__ import annotations

import importlib
from typing import Any, Generic, TypeVar, cast, overload

R = TypeVar("R")


class controller(Generic[R]):
    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def resource_class(self) -> type:
        resource: type = getattr(importlib.import_module(self.module, __package__), self.name)
        return resource

    @overload
    def __get__(self, client: None, owner: type) -> controller[R]: ...

    @overload
    def __get__(self, client: object, owner: type) -> R: ...

    def __get__(self, client: object | None, owner: type) -> controller[R] | R:
        if client is None:
            return self
        resource: Any = self.resource_class()(client)
        # Cached on the instance, which then shadows this non-data descriptor.
        client.__dict__[self.attribute] = resource
        return cast(R, resource)
