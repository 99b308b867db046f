"""The typer app, built from the grammar: help, usage errors and completion scripts.

`main` answers every command line the grammar reads without importing typer; this app is
what answers the rest (`--help`, a bad option, `--install-completion`) and what the tests
drive through typer's runner. Its commands, arguments, options and help are derived from
`grammar.COMMANDS`, and each command runs through `commands.execute`, so both front ends
give the same bytes and exit codes.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from enum import Enum
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from cfacts import __version__
from cfacts.cli.commands import execute
from cfacts.cli.grammar import COMMANDS, GLOBALS, Command, Param
from cfacts.cli.runner import EXIT_OK, Settings, Stop, stopped
from cfacts.errors import ExitStatus

EXIT_CODES = ", ".join(
    f"{status.value} {text}"
    for status, text in zip(
        ExitStatus,
        ("found", "no match", "usage error", "unusable or invalid fact base", "a bug in cfacts"),
        strict=True,
    )
)


class _Command(TyperCommand):
    """A command whose usage line shows QUERY plainly and whose summary is never cut."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [piece.strip("{}") for piece in super().collect_usage_pieces(ctx)]

    def get_short_help_str(self, limit: int = 45) -> str:
        return (self.help or "").split("\n\n", 1)[0].replace("\n", " ").strip()


app = typer.Typer(
    name="cfacts",
    help="Sourced facts about China's copyright industry and its work with WIPO, 2019-2025.",
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cfacts {__version__}\n")
        raise typer.Exit(EXIT_OK)


def _annotated(param: Param) -> tuple[Any, Any]:
    """The typer annotation and default of one grammar parameter."""
    kind: Any = {"int": int, "flag": bool}.get(param.kind, str)
    extra: dict[str, Any] = {}
    default = param.default
    if param.kind == "choice":  # typer's own choices: an Enum of str
        choices: Any = Enum(  # type: ignore[misc]  # built from the grammar at run time
            f"{param.dest.title()}Choice", {c: c for c in param.choices}, type=str
        )
        kind = choices
        default = None if default is None or param.repeat else choices(default)
    elif param.kind == "int" and param.minimum is not None:
        extra["min"] = param.minimum
    if param.repeat:
        kind, default = Optional[list[kind]], None  # noqa: UP045 - typer reads it at run time
    elif param.default is None and param.kind != "flag":
        kind = Optional[kind]  # noqa: UP045 - typer reads the annotation at run time
    if param.positional:
        info: Any = typer.Argument(
            metavar=param.metavar or None, help=param.help, show_default=False
        )
    else:
        info = typer.Option(
            *param.flags,
            metavar=param.metavar or None,
            help=param.help,
            show_default=param.kind not in ("flag", "text") and param.default is not None,
            **extra,
        )
    return Annotated[kind, info], inspect.Parameter.empty if param.required else default


def _signature(params: tuple[Param, ...]) -> tuple[inspect.Signature, dict[str, Any]]:
    """A function signature typer reads: ``ctx`` then one parameter per grammar parameter."""
    parameters = [
        inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)
    ]
    annotations: dict[str, Any] = {"ctx": typer.Context}
    for param in params:
        annotation, default = _annotated(param)
        parameters.append(
            inspect.Parameter(
                param.dest,
                inspect.Parameter.KEYWORD_ONLY,
                default=default,
                annotation=annotation,
            )
        )
        annotations[param.dest] = annotation
    return inspect.Signature(parameters), annotations


def _plain(value: object) -> object:
    """A value as the grammar's parser gives it: choices as text, repeated options as tuples."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return tuple(_plain(item) for item in value)
    return value


def _settings(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings()


def _help(ctx: typer.Context, topic: str | None) -> None:
    """`cfacts help [COMMAND]`: what `cfacts COMMAND --help` (or `cfacts --help`) prints."""
    root = ctx.find_root()
    group = root.command
    target = group.get_command(root, topic) if topic and isinstance(group, TyperGroup) else None
    command = target or group
    with command.make_context(
        topic or "cfacts", [], parent=root if target else None, resilient_parsing=True
    ) as shown:
        sys.stdout.write(command.get_help(shown) + "\n")


def _callback(command: Command) -> Callable[..., None]:
    def callback(ctx: typer.Context, **values: object) -> None:
        if command.name == "help":
            _help(ctx, _plain(values.get("topic")))  # type: ignore[arg-type]
            return
        plain = {k: _plain(v) for k, v in values.items()}
        plain.update({p.dest: () for p in command.params if p.repeat and plain[p.dest] is None})
        try:
            code = execute(_settings(ctx), command, plain)
        except Stop as stop:
            raise typer.Exit(stopped(stop)) from None
        if code:
            raise typer.Exit(code)

    signature, annotations = _signature(command.params)
    callback.__signature__ = signature  # type: ignore[attr-defined]
    callback.__annotations__ = annotations
    callback.__name__ = command.name
    callback.__doc__ = command.help
    return callback


def _root(ctx: typer.Context, **values: object) -> None:
    ctx.obj = Settings(
        facts=values.get("facts") or None,  # type: ignore[arg-type]
        use_cache=not values.get("no_cache"),
    )


_VERSION = Param(
    "version", "flag", "Print the version and exit.", ("-V", "--version"), default=False
)
_root_signature, _ = _signature((*GLOBALS, _VERSION))
_root.__signature__ = _root_signature.replace(  # type: ignore[attr-defined]
    parameters=[
        *list(_root_signature.parameters.values())[:-1],
        inspect.Parameter(
            "version",
            inspect.Parameter.KEYWORD_ONLY,
            default=False,
            annotation=Annotated[
                bool,
                typer.Option(*_VERSION.flags, callback=_version, is_eager=True, help=_VERSION.help),
            ],
        ),
    ]
)
_root.__annotations__ = {
    name: param.annotation
    for name, param in inspect.signature(_root).parameters.items()  # the replaced signature
}
app.callback(
    help="Look up people, organizations, events and statistics, each with its source and "
    f"quote.\n\nExit codes: {EXIT_CODES}."
)(_root)

for _command in COMMANDS:
    app.command(name=_command.name, help=_command.help, cls=_Command)(_callback(_command))
