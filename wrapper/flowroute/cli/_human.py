"""Commands written by hand where a person's flow deserves more than the raw operation."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.shell_completion import get_completion_class

from . import _render, _settings
from ._app import EXIT_USAGE, State, cli, fail_usage, guarded, output_mode
from ._campaign import send_csv


@click.command("send")
@click.option("--to", "to", required=True, help="Recipient: 7-15 digits, optionally after +.")
@click.option("--from", "from_", required=True, help="One of your Flowroute numbers.")
@click.option("--body", help="Message text. Without --media-url this is an SMS.")
@click.option("--media-url", "media_urls", multiple=True, help="A public http(s) URL to attach; makes an MMS.")
@click.option("--dlr-callback", help="URL for this message's delivery receipts.")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
@click.pass_obj
@guarded
def send_message(
    state: State, to: str, from_: str, body: str | None, media_urls: tuple[str, ...], dlr_callback: str | None,
    as_json: bool,
) -> None:  # fmt: skip
    """Send one SMS, or an MMS when --media-url is given."""
    answer = state.facade().messages.send(to, from_, body, list(media_urls) or None, dlr_callback=dlr_callback)
    _render.show(answer, output_mode(as_json, False), _render.stdout_console())


@click.command("buy")
@click.argument("number")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (needed when not on a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
@click.pass_obj
@guarded
def buy_number(state: State, number: str, yes: bool, as_json: bool) -> None:
    """Buy NUMBER. This costs money; it asks first unless --yes is given."""
    if not yes:
        if not sys.stdin.isatty():
            fail_usage("buying a number costs money: pass --yes to confirm when not on a terminal")
        click.confirm(f"Buy {number}? This costs money", abort=True)
    answer = state.facade().numbers.purchase_a_phone_number(number)
    _render.show(answer, output_mode(as_json, False), _render.stdout_console())


@click.command("download")
@click.argument("export_id")
@click.argument("path", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@click.pass_obj
@guarded
def download_export(state: State, export_id: str, path: Path) -> None:
    """Download a finished CDR export's CSV to PATH, with a progress bar on a terminal."""
    client = state.facade().client
    with _render.download_progress() as progress:
        task = progress.add_task("downloading", total=None)

        def advance(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        saved = client.cdrs.download_cdr_export(export_id, path, progress=advance)
    click.echo(str(saved))


@cli.command("configure")
@click.option("--profile", "name", default=_settings.DEFAULT_PROFILE, show_default=True, help="Profile to write.")
@click.option("--base-url", help="Base URL for this profile (default: the live API).")
def configure(name: str, base_url: str | None) -> None:
    """Save credentials as a named profile, readable by you alone.

    The secret key is read from a hidden prompt, never from an option.
    """
    access_key = click.prompt("Access key")
    secret_key = click.prompt("Secret key", hide_input=True)
    values = {"access_key": access_key, "secret_key": secret_key}
    if base_url:
        values["base_url"] = base_url
    path = _settings.write_profile(name, values)
    click.echo(f"Saved profile {name!r} to {path}")


@cli.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the completion script for SHELL; e.g. `eval "$(flowroute completion bash)"`."""
    complete = get_completion_class(shell)
    if complete is None:  # pragma: no cover - click ships all three
        sys.exit(EXIT_USAGE)
    click.echo(complete(cli, {}, "flowroute", "_FLOWROUTE_COMPLETE").source())


class _WebhooksGroup(click.Group):
    """``flowroute webhooks``: its commands (and flowroute.webhooks) are imported on first use."""

    def _commands(self) -> dict[str, click.Command]:
        from ._webhooks import COMMANDS

        return COMMANDS

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._commands())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._commands().get(cmd_name)


cli.add_command(
    _WebhooksGroup("webhooks", help="Receive Flowroute's webhooks on this machine, or send realistic ones."),
)


EXTRA_COMMANDS: dict[str, list[click.Command]] = {
    "messages": [send_message, send_csv],
    "numbers": [buy_number],
    "cdrs": [download_export],
}


def extra_commands(controller: str) -> list[click.Command]:
    return EXTRA_COMMANDS.get(controller, [])
