"""The county server's configuration: one typed settings object (pydantic-settings).

Where a value comes from, strongest first:
1. the command line (`--db`, `--keys`, `--host`, `--port`, … of `station-ledger-server`);
2. environment variables `STATION_LEDGER_SERVER_<NAME>` (e.g. `STATION_LEDGER_SERVER_PORT`;
   the systemd unit reads them from `/etc/station-ledger/server.env`);
3. a configuration file given with `--config FILE`: TOML (`port = 8443`, the names of the
   table below in lower case) or, for a file ending in `.env`, `STATION_LEDGER_SERVER_*=…`
   lines;
4. the defaults below.

Every setting is listed in `SETTINGS_HELP` (docs/server.md carries the same table;
tests/server/test_server_settings.py holds them together). A bad value is a
`SettingsError` naming the setting and where it is set, never a traceback.

The station's programs read their environment in `app/environment.py`; the county server
reads its own here and only here (the names of the old variables
`STATION_LEDGER_CONSOLE_SECURE_COOKIES` and `STATION_LEDGER_NEW_PASSWORD` are still read).
"""
from __future__ import annotations

import contextvars
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (BaseSettings, DotEnvSettingsSource, PydanticBaseSettingsSource,
                               SettingsConfigDict, TomlConfigSettingsSource)

ENV_PREFIX = "STATION_LEDGER_SERVER_"
DEFAULT_DB = "sqlite:///county.db"

# setting → meaning: the table of docs/server.md (defaults are the fields' own)
SETTINGS_HELP: dict[str, str] = {
    "db": "database URL: `sqlite:///county.db` for a trial, "
          "`postgresql+psycopg://user@host/dbname` for real use",
    "keys": "folder of the county's key pair (made by `station-ledger-server keys`); "
            "required by `serve`",
    "host": "address to listen on (`127.0.0.1`: this computer only)",
    "port": "TCP port (1–65535)",
    "tls_cert": "HTTPS: the certificate chain (PEM file); without it the server speaks plain "
                "HTTP (behind a TLS proxy, or a trial)",
    "tls_key": "HTTPS: the certificate's private key (PEM file); given together with tls_cert",
    "updates": "folder of signed program releases to relay to stations (`publish-release`)",
    "secure_cookies": "`true`: the console's cookies are `Secure` (set it whenever the console "
                      "is reached over HTTPS)",
    "access_log": "where the JSON access log goes: `-` standard output (the journal under "
                  "systemd), a file path, or `off`",
    "log_level": "how much uvicorn itself logs: debug, info, warning, error",
    "new_password": "the password of the account made by `add-admin`/`add-user` (scripts; "
                    "otherwise asked for)",
}


# the settings the command line also gives (`--db`, `--port`, …)
COMMAND_LINE = frozenset({"db", "keys", "host", "port", "tls_cert", "tls_key", "updates"})


class SettingsError(Exception):
    """A setting with a bad value; the message names the setting and where it is set."""


_CONFIG_FILE: contextvars.ContextVar[Path | None] = contextvars.ContextVar(
    "station_ledger_server_config", default=None)


class ServerSettings(BaseSettings):
    """What `station-ledger-server` runs with. Paths are `Path`s, `port` an int in 1–65535,
    `new_password` a `SecretStr` (never printed)."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid",
                                      case_sensitive=False, validate_default=True,
                                      populate_by_name=True)

    db: str = Field(DEFAULT_DB, min_length=1)
    keys: Path | None = None
    host: str = Field("127.0.0.1", min_length=1)
    port: int = Field(8443, ge=1, le=65535)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    updates: Path | None = None
    secure_cookies: bool = Field(False, validation_alias=AliasChoices(
        ENV_PREFIX + "SECURE_COOKIES", "STATION_LEDGER_CONSOLE_SECURE_COOKIES"))
    access_log: str = "-"
    log_level: Literal["debug", "info", "warning", "error"] = "warning"
    new_password: SecretStr | None = Field(None, validation_alias=AliasChoices(
        ENV_PREFIX + "NEW_PASSWORD", "STATION_LEDGER_NEW_PASSWORD"))

    @field_validator("db")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:")):
            raise ValueError("use sqlite:///FILE or postgresql+psycopg://USER@HOST/DBNAME")
        return value

    @field_validator("tls_cert", "tls_key", "keys", "updates", mode="before")
    @classmethod
    def _empty_is_none(cls, value):
        return None if value == "" else value

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings,
                                   dotenv_settings, file_secret_settings
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config = _CONFIG_FILE.get()
        if config is not None:
            if config.suffix == ".env" or config.name.endswith(".env"):
                sources.append(DotEnvSettingsSource(settings_cls, env_file=config))
            else:
                sources.append(TomlConfigSettingsSource(settings_cls, toml_file=config))
        return tuple(sources)


def env_name(setting: str) -> str:
    """The environment variable of a setting: `port` → `STATION_LEDGER_SERVER_PORT`."""
    return ENV_PREFIX + setting.upper()


def load_settings(config: Path | str | None = None, **given) -> ServerSettings:
    """The settings from the command line (`given`; None values are left out), the
    environment and the optional config file. Raises SettingsError naming the setting."""
    given = {name: value for name, value in given.items() if value is not None}
    path = Path(config) if config else None
    if path is not None and not path.is_file():
        raise SettingsError(f"configuration file {path} does not exist")
    token = _CONFIG_FILE.set(path)
    try:
        settings = ServerSettings(**given)
    except ValidationError as error:
        raise SettingsError(_explain(error, path)) from None
    except (ValueError, OSError) as error:  # a TOML syntax error, an unreadable file
        raise SettingsError(f"configuration file {path}: {error}") from None
    finally:
        _CONFIG_FILE.reset(token)
    if (settings.tls_cert is None) != (settings.tls_key is None):
        raise SettingsError("tls_cert and tls_key are given together (set both or neither: "
                            f"{env_name('tls_cert')}, {env_name('tls_key')})")
    return settings


def _explain(error: ValidationError, config: Path | None) -> str:
    lines = []
    for problem in error.errors():
        name = str(problem["loc"][0]) if problem["loc"] else "?"
        name = name.lower().removeprefix(ENV_PREFIX.lower())
        if problem["type"] == "extra_forbidden":
            where = f" in {config}" if config else ""
            lines.append(f"unknown setting {name!r}{where} (known: {', '.join(SETTINGS_HELP)})")
            continue
        where = (f"--{name.replace('_', '-')}, " if name in COMMAND_LINE else "") + env_name(name)
        if config:
            where += f" or {name!r} in {config}"
        lines.append(f"setting {name} ({where}): {problem['msg']}")
    return "; ".join(lines)
