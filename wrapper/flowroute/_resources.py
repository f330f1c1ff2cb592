"""Resources (``client.numbers`` …) and what they need from a client.

The generated operation layer defines a resource class per spec tag with a real
method per operation; the hand-written ``_operations`` modules subclass those to
add conveniences. A resource only ever uses the ``Runner`` protocols below.

``sync_method``/``async_method``/``raw_method`` turn a hand-written builder
``f(args) -> Call[T]`` into a resource method, keeping its signature and docstring.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

import httpx

from ._call import Call
from ._encode import build_call
from ._response import RawResponse

if TYPE_CHECKING:
    from .ratelimit import RateLimiter

P = ParamSpec("P")
T = TypeVar("T")


class SyncRunner(Protocol):
    """What sync resources, pagers and helpers use of ``FlowrouteClient``."""

    @property
    def base_url(self) -> httpx.URL: ...

    @property
    def timeout(self) -> httpx.Timeout: ...

    # send_many journals a send when its rate-limit turn comes, so it must know whether there is one.
    @property
    def rate_limiter(self) -> RateLimiter | None: ...

    # The pool itself, for downloads from hosts other than the API's.
    @property
    def _http(self) -> httpx.Client: ...

    def _execute(self, call: Call[T]) -> T: ...

    def _execute_raw(self, call: Call[Any]) -> Any: ...

    def _execute_with_response(self, call: Call[T]) -> RawResponse[T]: ...


class AsyncRunner(Protocol):
    """What async resources, pagers and helpers use of ``AsyncFlowrouteClient``."""

    @property
    def base_url(self) -> httpx.URL: ...

    @property
    def timeout(self) -> httpx.Timeout: ...

    # send_many journals a send when its rate-limit turn comes, so it must know whether there is one.
    @property
    def rate_limiter(self) -> RateLimiter | None: ...

    @property
    def _http(self) -> httpx.AsyncClient: ...

    async def _execute(self, call: Call[T]) -> T: ...

    async def _execute_with_response(self, call: Call[T]) -> RawResponse[T]: ...


class SyncResource:
    """A group of operations on a ``FlowrouteClient`` (``client.numbers``, …)."""

    def __init__(self, client: SyncRunner) -> None:
        self._client = client


class AsyncResource:
    """A group of operations on an ``AsyncFlowrouteClient``."""

    def __init__(self, client: AsyncRunner) -> None:
        self._client = client


class RawResource:
    """A facade controller: same operations, answers as the server's JSON."""

    def __init__(self, client: SyncRunner) -> None:
        self._client = client


def _copy_signature(method: Callable[..., Any], build: Callable[..., Any], returns: Any) -> None:
    """Give ``method`` the builder's name, docstring and signature (plus ``self``) for ``help()``."""
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

    _copy_signature(method, build, _result_annotation(build))
    return method


def async_method(
    build: Callable[P, Call[T]],
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._client._execute(build_call(build, args, kwargs))

    _copy_signature(method, build, _result_annotation(build))
    return method


def raw_method(build: Callable[P, Call[Any]]) -> Callable[Concatenate[RawResource, P], Any]:
    def method(self: RawResource, /, *args: P.args, **kwargs: P.kwargs) -> Any:
        return self._client._execute_raw(build_call(build, args, kwargs))

    _copy_signature(method, build, Any)
    return method
