"""Turn an SDK method's signature, plus the spec's words for each parameter, into click parameters."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click
from click.shell_completion import CompletionItem

from ._catalog import SpecOperation, SpecParameter


class Hinted(click.ParamType[Any, Any]):
    """Text that completes from the spec's choices but leaves judging the value to the SDK.

    The SDK's own checks give the error message, so the CLI and the library never
    disagree about what is valid (``order_by`` also takes ``field,desc``, say).
    """

    name = "text"

    def __init__(self, choices: Iterable[str]) -> None:
        self.choices = tuple(choices)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return value

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        return [CompletionItem(choice) for choice in self.choices if choice.startswith(incomplete)]


def _tokens(annotation: Any) -> set[str]:
    if isinstance(annotation, str):
        return {part.strip() for part in annotation.split("|")}
    if typing.get_origin(annotation) in (typing.Union, type(int | None)):
        return set().union(*(_tokens(arg) for arg in typing.get_args(annotation)))
    origin = typing.get_origin(annotation)
    if origin is not None:
        args = ", ".join(getattr(a, "__name__", str(a)) for a in typing.get_args(annotation))
        return {f"{getattr(origin, '__name__', str(origin))}[{args}]"}
    if annotation is None or annotation is type(None):
        return {"None"}
    return {getattr(annotation, "__name__", str(annotation))}


def is_json_body(tokens: set[str]) -> bool:
    return any(token.startswith("dict[") for token in tokens)


def read_json_argument(value: str) -> str:
    """``@path`` reads a request body from a file; anything else is the JSON text itself."""
    if value.startswith("@"):
        return Path(value[1:]).read_text(encoding="utf-8")
    return value


def spec_parameters_by_python_name(op: SpecOperation, names: list[str]) -> dict[str, SpecParameter]:
    """Match the method's parameter names to the spec's; unmatched path parameters go in path order."""
    matched = {name: param for name in names if (param := op.parameter(name)) is not None}
    path_params = [p for p in op.parameters if p.location == "path" and p not in matched.values()]
    path_params.sort(key=lambda p: op.path.index("{" + p.name + "}"))
    for name in names:
        if name not in matched and path_params:
            matched[name] = path_params.pop(0)
    return matched


def _help(spec: SpecParameter | None, tokens: set[str]) -> str:
    parts: list[str] = []
    if spec is not None and spec.description:
        parts.append(spec.description)
    if spec is not None and spec.choices:
        parts.append("One of: " + ", ".join(spec.choices) + ".")
    if is_json_body(tokens):
        parts.append("JSON text, or @FILE to read it from a file.")
    return " ".join(parts)


def click_parameters(
    op: SpecOperation, method: Callable[..., Any]
) -> tuple[list[click.Parameter], list[tuple[str, str]]]:
    """The command's parameters, and help for its positional arguments (click gives those none)."""
    signature = inspect.signature(method)
    params = [p for p in signature.parameters.values() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    specs = spec_parameters_by_python_name(op, [p.name for p in params])
    built: list[click.Parameter] = []
    argument_help: list[tuple[str, str]] = []
    for param in params:
        tokens = _tokens(param.annotation)
        spec = specs.get(param.name)
        required = param.default is inspect.Parameter.empty
        many = any(token.startswith("list[") for token in tokens)
        kind: click.ParamType[Any, Any]
        if tokens <= {"int", "None"}:
            kind = click.INT
        elif tokens <= {"float", "None"}:
            kind = click.FLOAT
        elif spec is not None and spec.choices:
            kind = Hinted(spec.choices)
        else:
            kind = click.STRING
        flag = param.name.replace("_", "-").rstrip("-")
        help_text = _help(spec, tokens)
        if required and param.kind is param.POSITIONAL_OR_KEYWORD:
            built.append(click.Argument([param.name], type=kind, nargs=-1 if many else 1, required=True))
            argument_help.append((param.name.upper(), help_text))
        elif tokens <= {"bool", "None"}:
            built.append(
                click.Option([f"--{flag}/--no-{flag}", param.name], default=None, required=required, help=help_text)
            )
        else:
            built.append(
                click.Option([f"--{flag}", param.name], type=kind, multiple=many, required=required, help=help_text)
            )
    return built, argument_help


def call_arguments(method: Callable[..., Any], values: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments for ``method``: options not given are left out, lists become lists."""
    signature = inspect.signature(method)
    arguments: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or (isinstance(value, tuple) and not value):
            continue
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, str) and is_json_body(_tokens(signature.parameters[name].annotation)):
            value = read_json_argument(value)
        arguments[name] = value
    return arguments
