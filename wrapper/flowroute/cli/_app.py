"""The ``flowroute`` command: one group per controller and one command per spec operation."""

from __future__ import annotations

import dataclasses
import functools
import sys
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import click

from .. import __version__
from .._exceptions import APIStatusError, FlowrouteError, InvalidParameterError, MissingCredentialsError
from . import _catalog, _render, _settings
from ._params import call_arguments, click_parameters

EXIT_API_ERROR = 1
EXIT_USAGE = 2
# Used for --all when the spec gives the page size no maximum.
UNBOUNDED_PAGE_SIZE = 200


def kebab(name: str) -> str:
    return name.replace("_", "-")


@dataclasses.dataclass
class State:
    """What the root options chose; the client is made on first use, so --help needs no credentials."""

    profile: str | None
    base_url: str | None
    mock: bool
    _facade: Any = None

    def facade(self) -> Any:
        if self._facade is None:
            from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import (
                FlowroutenumbersandmessagingClient,
            )

            try:
                settings = _settings.resolve(self.profile, self.base_url, self.mock)
            except KeyError as missing:
                fail_usage(f"no profile named {missing.args[0]!r} in {_settings.config_path()}")
            options = {"base_url": settings.base_url} if settings.base_url else {}
            self._facade = FlowroutenumbersandmessagingClient(settings.access_key, settings.secret_key, **options)
        return self._facade

    def close(self) -> None:
        if self._facade is not None:
            self._facade.close()


def fail_usage(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def report(error: FlowrouteError) -> NoReturn:
    """Print an SDK error on stderr and exit: 2 for what the caller got wrong, 1 for the API's refusal."""
    if isinstance(error, MissingCredentialsError):
        fail_usage("no Flowroute credentials: set FR_ACCESS_KEY and FR_SECRET_KEY, or run `flowroute configure`")
    if isinstance(error, InvalidParameterError):
        fail_usage(str(error))
    lines = [f"error: {error}"]
    if isinstance(error, APIStatusError):
        lines.extend(f"  {detail.title or ''}: {detail.detail or ''}".rstrip(": ") for detail in error.errors)
    click.echo("\n".join(lines), err=True)
    sys.exit(EXIT_API_ERROR)


def guarded(run: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(run)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            run(*args, **kwargs)
        except FlowrouteError as error:
            report(error)

    return wrapper


@functools.cache
def _introspection_client() -> Any:
    # Signatures only: this client never sends a request.
    from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

    return FlowroutenumbersandmessagingClient("introspection", "introspection")


def sdk_method(facade: Any, op: _catalog.SpecOperation) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(getattr(facade, op.controller), op.name)
    return method


def pages(method: Callable[..., Any], arguments: dict[str, Any], page_size: int) -> Iterator[list[Any]]:
    """Every page of a limit/offset list, one at a time; stops on a short page or no next link."""
    offset = 0
    while True:
        answer = method(**{**arguments, "limit": page_size, "offset": offset})
        records = _render.records_of(answer) or []
        yield records
        links = answer.get("links") if isinstance(answer, dict) else None
        if len(records) < page_size or (isinstance(links, dict) and not links.get("next")):
            return
        offset += len(records)


def output_options(command: click.Command, *, paginated: bool) -> None:
    command.params.append(click.Option(["--json", "cli_json"], is_flag=True, help="Print the API's JSON."))
    command.params.append(click.Option(["--jsonl", "cli_jsonl"], is_flag=True, help="Print one JSON record per line."))
    if paginated:
        command.params.append(
            click.Option(["--all", "cli_all"], is_flag=True, help="Fetch every page, streaming records as they come.")
        )


def output_mode(as_json: bool, jsonl: bool) -> str:
    if as_json and jsonl:
        fail_usage("--json and --jsonl cannot be used together")
    return "json" if as_json else "jsonl" if jsonl else "human"


def operation_command(op: _catalog.SpecOperation) -> click.Command:
    method = sdk_method(_introspection_client(), op)
    params, argument_help = click_parameters(op, method)
    paginated = op.paginated and {"limit", "offset"} <= {p.name for p in params}

    @guarded
    def run(**values: Any) -> None:
        # The operation's own parameters may be called anything (even `state`), so the
        # CLI's options carry a prefix no spec parameter has.
        state = click.get_current_context().find_object(State)
        assert state is not None, "the root group always sets it"
        mode = output_mode(values.pop("cli_json"), values.pop("cli_jsonl"))
        fetch_all = values.pop("cli_all", False)
        bound = sdk_method(state.facade(), op)
        arguments = call_arguments(bound, values)
        console = _render.stdout_console()
        if fetch_all:
            for name in ("limit", "offset"):
                arguments.pop(name, None)
            _render.stream(pages(bound, arguments, op.page_maximum or UNBOUNDED_PAGE_SIZE), mode, console)
        else:
            _render.show(bound(**arguments), mode, console)

    epilog = "\n".join(f"{name}: {text}" for name, text in argument_help if text) or None
    command = click.Command(
        kebab(op.name),
        callback=run,
        params=params,
        help="\n\n".join(part for part in (op.summary, op.description) if part),
        short_help=op.summary,
        epilog=f"{op.method} {op.path}" + (f"\n\n{epilog}" if epilog else ""),
    )
    output_options(command, paginated=paginated)
    return command


class ControllerGroup(click.Group):
    """A controller's commands, built when first asked for so startup reads no signatures."""

    def __init__(self, controller: str, help_text: str) -> None:
        super().__init__(kebab(controller), help=help_text)
        self.controller = controller
        from ._human import extra_commands

        for command in extra_commands(controller):
            self.add_command(command)

    def _operations(self) -> dict[str, _catalog.SpecOperation]:
        return {kebab(op.name): op for op in _catalog.operations() if op.controller == self.controller}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self._operations(), *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        op = self._operations().get(cmd_name)
        return operation_command(op) if op is not None else None


class RootGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*(kebab(name) for name in _catalog.controllers()), *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            for controller, text in _catalog.controllers().items():
                if kebab(controller) == cmd_name:
                    self.add_command(ControllerGroup(controller, text))
        return self.commands.get(cmd_name)


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--profile", help="A profile written by `flowroute configure` (default: the environment).")
@click.option("--base-url", help="API base URL (default: FLOWROUTE_BASE_URL, then https://api.flowroute.com).")
@click.option("--mock", is_flag=True, help="Talk to the local mock (`make mock`) with placeholder credentials.")
@click.version_option(__version__, prog_name="flowroute")
@click.pass_context
def cli(ctx: click.Context, profile: str | None, base_url: str | None, mock: bool) -> None:
    """Flowroute from the command line: every API operation, tables for people, JSON for scripts.

    Credentials come from FR_ACCESS_KEY and FR_SECRET_KEY, or from a profile
    that `flowroute configure` writes.
    """
    state = State(profile=profile, base_url=base_url, mock=mock)
    ctx.obj = state
    ctx.call_on_close(state.close)
