"""A griffe extension for the documentation site: controller methods as the methods they are.

A resource class writes ``list_available_area_codes = sync_method(list_available_area_codes)``.
Read statically, that is an attribute; at run time it is a method with the call builder's
parameters and docstring (see wrapper/flowroute/_api.py). This extension gives mkdocstrings the
run-time view without importing the package: each such attribute becomes a method with the
builder's parameters, its docstring, and what the method really returns.
"""

from __future__ import annotations

from typing import Any

import griffe

# Wrapper name -> (is a coroutine, how the builder's return type becomes the method's).
WRAPPERS = {
    "sync_method": (False, "{}"),
    "async_method": (True, "{}"),
    "sync_pager": (False, "Iterator[{}]"),
    "async_pager": (False, "AsyncIterator[{}]"),
    "raw_method": (False, "Any"),
}


class ControllerMethods(griffe.Extension):
    def on_class_members(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        module = cls.parent
        if module is None:
            return
        for name, member in list(cls.members.items()):
            value = getattr(member, "value", None)
            if not isinstance(value, griffe.ExprCall) or len(value.arguments) != 1:
                continue
            wrapper = WRAPPERS.get(str(value.function))
            builder = module.members.get(str(value.arguments[0]))
            if wrapper is None or not isinstance(builder, griffe.Function):
                continue
            is_async, returns = wrapper
            method = griffe.Function(
                name,
                parameters=griffe.Parameters(
                    griffe.Parameter("self", kind=griffe.ParameterKind.positional_only),
                    *builder.parameters,
                ),
                returns=_inner(builder.returns) if returns == "{}" else returns.format(_inner(builder.returns)),
                docstring=builder.docstring,
                lineno=member.lineno,
                endlineno=member.endlineno,
            )
            if is_async:
                method.labels.add("async")
            cls.set_member(name, method)


def _inner(annotation: str | griffe.Expr | None) -> str | griffe.Expr:
    """``T`` of a builder's ``Call[T]`` or ``Pager[T]``, kept as an expression so it can link."""
    if isinstance(annotation, griffe.ExprSubscript):
        return annotation.slice
    return str(annotation)
