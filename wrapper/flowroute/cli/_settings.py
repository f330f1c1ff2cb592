"""Where the CLI finds credentials: flags, the environment, or a named profile.

Profiles live in ``$XDG_CONFIG_HOME/flowroute/config.toml`` (``~/.config`` by
default), written by ``flowroute configure`` with owner-only permissions. The
secret is only ever read from there, from ``FR_SECRET_KEY`` or from a hidden
prompt, so it cannot leak through ``--help``, shell history or ``ps``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tomllib
from pathlib import Path

# `make mock` serves Prism here; `python -m flowroute.testing serve` takes the same port.
MOCK_BASE_URL = "http://127.0.0.1:4010"
# Prism takes any credentials; these are the ones the fake's server accepts by default.
MOCK_CREDENTIALS = ("fake-access-key", "fake-secret-key")
DEFAULT_PROFILE = "default"


@dataclasses.dataclass(frozen=True, repr=False)
class Settings:
    access_key: str | None
    secret_key: str | None
    base_url: str | None

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r})"


def config_path() -> Path:
    root = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(root) / "flowroute" / "config.toml"


def read_profiles(path: Path | None = None) -> dict[str, dict[str, str]]:
    path = path or config_path()
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return {name: {k: str(v) for k, v in table.items()} for name, table in data.items() if isinstance(table, dict)}


def write_profile(name: str, values: dict[str, str], path: Path | None = None) -> Path:
    """Add or replace one profile; the file and its folder are readable by the owner only."""
    path = path or config_path()
    profiles = read_profiles(path)
    profiles[name] = values
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lines: list[str] = []
    for profile, table in profiles.items():
        # json.dumps yields valid TOML basic strings for the key and every value.
        lines.append(f"[{json.dumps(profile)}]")
        lines.extend(f"{key} = {json.dumps(value)}" for key, value in table.items())
        lines.append("")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    os.chmod(path, 0o600)
    return path


def resolve(profile: str | None, base_url: str | None, mock: bool) -> Settings:
    """Flags beat a named profile, which beats the environment, which beats the default profile."""
    if mock:
        return Settings(*MOCK_CREDENTIALS, base_url=base_url or MOCK_BASE_URL)
    profiles = read_profiles()
    chosen = profile or os.environ.get("FLOWROUTE_PROFILE")
    if chosen is not None:
        if chosen not in profiles:
            raise KeyError(chosen)
        table = profiles[chosen]
        return Settings(table.get("access_key"), table.get("secret_key"), base_url or table.get("base_url"))
    fallback = profiles.get(DEFAULT_PROFILE, {})
    return Settings(
        os.environ.get("FR_ACCESS_KEY") or fallback.get("access_key"),
        os.environ.get("FR_SECRET_KEY") or fallback.get("secret_key"),
        base_url or os.environ.get("FLOWROUTE_BASE_URL") or fallback.get("base_url"),
    )
