"""Turn call builders into client methods.

A builder ``f(args) -> Call[T]`` becomes ``method(self, args) -> T`` on a sync
resource, ``async method(self, args) -> T`` on an async one, and a method that
returns the raw JSON on the seed-compatible facade. The builder's signature and
docstring carry over, so IDEs and ``help()`` show the real parameters.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from ._call import Call
from ._encode import build_call

if TYPE_CHECKING:
    from ._client import AsyncFlowrouteClient, FlowrouteClient

P = ParamSpec("P")
T = TypeVar("T")


class SyncResource:
    """A group of operations on a ``FlowrouteClient`` (``client.numbers``, …)."""

    def __init__(self, client: FlowrouteClient) -> None:
        self._client = client


class AsyncResource:
    """A group of operations on an ``AsyncFlowrouteClient``."""

    def __init__(self, client: AsyncFlowrouteClient) -> None:
        self._client = client


class RawResource:
    """A facade controller: same operations, answers as the server's JSON."""

    def __init__(self, client: FlowrouteClient) -> None:
        self._client = client


def _adopt(method: Callable[..., Any], build: Callable[..., Any], returns: Any, *, operation: bool = True) -> None:
    if operation:
        # Lets the facade find every single-call operation of a resource.
        method.__flowroute_build__ = build  # type: ignore[attr-defined]
    method.__name__ = build.__name__
    method.__qualname__ = build.__qualname__
    method.__doc__ = build.__doc__
    method.__module__ = build.__module__
    signature = inspect.signature(build)
    self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self_param, *signature.parameters.values()], return_annotation=returns
    )


def _result_annotation(build: Callable[..., Any]) -> Any:
    # Builders are annotated ``-> Call[Model]``; the method returns ``Model``.
    annotation = inspect.signature(build).return_annotation
    if isinstance(annotation, str) and annotation.startswith("Call[") and annotation.endswith("]"):
        return annotation[5:-1]
    return annotation


def sync_method(build: Callable[P, Call[T]]) -> Callable[Concatenate[SyncResource, P], T]:
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._client._execute(build_call(build, args, kwargs))

    _adopt(method, build, _result_annotation(build))
    return method


def async_method(
    build: Callable[P, Call[T]],
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._client._execute(build_call(build, args, kwargs))

    _adopt(method, build, _result_annotation(build))
    return method


def raw_method(build: Callable[P, Call[Any]]) -> Callable[Concatenate[RawResource, P], Any]:
    def method(self: RawResource, /, *args: P.args, **kwargs: P.kwargs) -> Any:
        return self._client._execute_raw(build_call(build, args, kwargs))

    _adopt(method, build, Any)
    return method


def builders(resource: type[SyncResource]) -> dict[str, Callable[..., Call[Any]]]:
    """The call builders behind a resource's methods, by method name."""
    found: dict[str, Callable[..., Call[Any]]] = {}
    for cls in reversed(resource.__mro__):
        for name, member in vars(cls).items():
            build = getattr(member, "__flowroute_build__", None)
            if build is not None:
                found[name] = build
    return found


def raw_controller(resource: type[SyncResource], name: str, extra: dict[str, Any] | None = None) -> type[RawResource]:
    """A facade controller with every operation of ``resource``, answering raw JSON.

    ``extra`` adds members as they are, e.g. old method names as aliases.
    """
    namespace: dict[str, Any] = {op: raw_method(build) for op, build in builders(resource).items()}
    namespace.update(extra or {})
    namespace["__doc__"] = f"Seed-compatible controller: the operations of {resource.__name__}, returning JSON."
    return type(name, (RawResource,), namespace)
