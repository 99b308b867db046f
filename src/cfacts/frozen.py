"""Frozen value classes without importing `dataclasses`, whose `inspect` import costs ~16 ms."""

# Type checkers see the standard `dataclasses.dataclass` and `replace`, so mypy checks every
# value class exactly as a frozen dataclass. At run time, `value` builds the same behaviour
# (keyword or positional __init__ with defaults, frozen attributes, __eq__, __hash__,
# __repr__) from one shared set of functions instead of compiling code for each class.
# tests/test_frozen.py holds the two implementations to the same behaviour.

from __future__ import annotations

__all__ = ["FrozenError", "field_names", "from_rows", "replace", "value"]

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any, TypeVar

    T = TypeVar("T")
_MISSING = object()


class FrozenError(AttributeError):
    """Raised on an attempt to set or delete a field of a frozen value."""


def field_names(obj: object) -> tuple[str, ...]:
    """The field names of a value class or instance, in declaration order ((), if not one)."""
    names: tuple[str, ...] = getattr(obj, "__value_fields__", ())
    return names


def from_rows(cls: type[T], rows: Iterable[Sequence[Any]]) -> list[T]:
    """Instances from rows of every field's value in declaration order, unchecked: for rows
    our own index holds by construction (names), about three times faster than the
    constructor (a command reads every name)."""
    names = field_names(cls) or tuple(getattr(cls, "__dataclass_fields__", {}))
    new = object.__new__
    made = []
    for row in rows:
        if len(row) != len(names):
            raise TypeError(f"{cls.__name__} takes {len(names)} fields, {len(row)} given")
        obj = new(cls)
        obj.__dict__.update(zip(names, row, strict=True))
        made.append(obj)
    return made


if TYPE_CHECKING:
    from dataclasses import dataclass as value
    from dataclasses import replace
else:

    def value(cls=None, /, *, frozen=True, kw_only=False):
        """Make `cls` a frozen value class (the subset of `dataclass` that cfacts uses)."""
        if not frozen:
            raise TypeError("cfacts value classes are always frozen")

        def wrap(klass):
            return _build(klass, kw_only)

        return wrap if cls is None else wrap(cls)

    def replace(obj, /, **changes):
        """A copy of `obj` with some fields changed, like `dataclasses.replace`."""
        names = obj.__value_fields__
        unknown = changes.keys() - set(names)
        if unknown:
            raise TypeError(f"{type(obj).__name__} has no field(s) {sorted(unknown)}")
        state = {name: obj.__dict__[name] for name in names}
        state.update(changes)
        return type(obj)(**state)


def _build(cls: Any, kw_only: bool) -> Any:
    own = [
        name
        for name, kind in cls.__dict__.get("__annotations__", {}).items()  # noqa: RUF063
        if not str(kind).startswith(("ClassVar", "typing.ClassVar"))
    ]
    inherited: tuple[str, ...] = getattr(cls, "__value_fields__", ())
    names = inherited + tuple(name for name in own if name not in inherited)
    defaults: dict[str, Any] = dict(getattr(cls, "__value_defaults__", {}))
    for name in own:
        default = getattr(cls, name, _MISSING)  # an inherited class attribute counts, as there
        if default is _MISSING:
            defaults.pop(name, None)
        elif default.__class__.__hash__ is None:  # dataclasses' test for a mutable default
            raise ValueError(
                f"mutable default {type(default)} for field {name} is not allowed "
                "(dataclasses reject it too): give the field no default or a hashable one"
            )
        else:
            defaults[name] = default
    positional: tuple[str, ...] = getattr(cls, "__value_positional__", ())
    if not kw_only:
        positional += tuple(name for name in own if name not in positional)
    cls.__value_fields__ = names
    cls.__value_defaults__ = defaults
    cls.__value_positional__ = positional
    cls.__value_required__ = frozenset(names) - defaults.keys()
    cls.__value_allowed__ = frozenset(names)
    cls.__init__ = _init
    cls.__setattr__ = _setattr
    cls.__delattr__ = _delattr
    cls.__eq__ = _eq
    cls.__hash__ = _hash
    cls.__repr__ = _repr
    return cls


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    if args:
        positional = cls.__value_positional__
        if len(args) > len(positional):
            raise TypeError(
                f"{cls.__name__}() takes {len(positional)} positional argument(s), "
                f"{len(args)} given"
            )
        for name, arg in zip(positional, args, strict=False):
            if name in kwargs:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
            kwargs[name] = arg
    if not cls.__value_required__ <= kwargs.keys():  # no new set unless something is wrong
        missing = cls.__value_required__ - kwargs.keys()
        raise TypeError(f"{cls.__name__}() missing required argument(s): {sorted(missing)}")
    if not kwargs.keys() <= cls.__value_allowed__:
        unknown = kwargs.keys() - cls.__value_allowed__
        raise TypeError(f"{cls.__name__}() got unexpected argument(s): {sorted(unknown)}")
    state = self.__dict__
    state.update(cls.__value_defaults__)
    state.update(kwargs)


def _setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenError(f"cannot assign to field {name!r} of frozen {type(self).__name__}")


def _delattr(self: Any, name: str) -> None:
    raise FrozenError(f"cannot delete field {name!r} of frozen {type(self).__name__}")


def _astuple(self: Any) -> tuple[Any, ...]:
    state = self.__dict__
    return tuple(state[name] for name in type(self).__value_fields__)


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _astuple(self) == _astuple(other)


def _hash(self: Any) -> int:
    return hash(_astuple(self))


def _repr(self: Any) -> str:
    state = self.__dict__
    inner = ", ".join(f"{name}={state[name]!r}" for name in type(self).__value_fields__)
    return f"{type(self).__qualname__}({inner})"
