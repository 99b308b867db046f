"""Records as JSON for the index: plain data out, rebuilt and type-checked through the model in.

The index is a file on disk that someone else may have written, so it holds data, never code:
each record is a JSON object of its fields, and reading one back checks every field against
the type the model declares (`str`, `str | None`, `tuple[str, ...]`, `Quantity`, ...) before
the model's own constructor builds it. Anything else raises `BadRecord`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from cfacts.errors import CfactsError
from cfacts.factbase.model import KIND_CLASSES, Evidence, Quantity, Record
from cfacts.frozen import field_names

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from typing import Any, TypeAlias

    Check: TypeAlias = Callable[[Any], Any]


class BadRecord(CfactsError):
    """A stored record is not what the model allows (a damaged or foreign index)."""


def encode(record: Record) -> str:
    """A record as compact JSON: its fields but `line` (index records carry no lines)."""
    fields: dict[str, Any] = {}
    state = record.__dict__
    for name, default in _PLANS[type(record)]:
        item = state[name]
        if default is not _NONE and item == default:
            continue
        if isinstance(item, Quantity):
            item = _plain(item)
        elif name == "evidence":
            item = [[ev.source, ev.quote] for ev in item]
        fields[name] = item
    return _dumps(fields)


def decode(kind: str, text: str | bytes) -> Record:
    """The record of ``kind`` that ``text`` holds, every field checked; BadRecord if not."""
    checks = _CHECKS.get(kind)
    if checks is None:
        raise BadRecord(f"unknown kind {kind!r}")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise BadRecord(f"a {kind} that is not JSON") from None
    if type(data) is not dict:
        raise BadRecord(f"a {kind} that is not an object")
    if not (data.keys() >= _REQUIRED[kind]):
        raise BadRecord(f"a {kind} without {sorted(_REQUIRED[kind] - data.keys())}")
    unknown = data.keys() - checks.keys()
    if unknown:
        raise BadRecord(f"a {kind} with unknown fields {sorted(unknown)}")
    try:
        values = {name: checks[name](item) for name, item in data.items()}
        return KIND_CLASSES[kind](**values)
    except (TypeError, ValueError) as exc:
        raise BadRecord(f"a {kind} with a bad field: {exc}") from None


def _plain(quantity: Quantity) -> dict[str, Any]:
    return {
        name: getattr(quantity, name)
        for name in _fields(Quantity)
        if getattr(quantity, name) is not None
    }


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(name for name in field_names(cls) if name != "line")


def _annotations(cls: type) -> dict[str, str]:
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        found.update({k: str(v) for k, v in vars(klass).get("__annotations__", {}).items()})
    return found


def _is(kind: type) -> Check:
    def check(item: Any) -> Any:
        if type(item) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(item).__name__}")
        return item

    return check


def _number(item: Any) -> float:
    if type(item) not in (int, float):
        raise TypeError(f"expected a number, got {type(item).__name__}")
    return float(item)


def _optional(check: Check) -> Check:
    return lambda item: None if item is None else check(item)


def _strings(item: Any) -> tuple[str, ...]:
    if type(item) is not list:
        raise TypeError("expected a list of strings")
    return tuple(_is(str)(text) for text in item)


def _evidence(item: Any) -> tuple[Evidence, ...]:
    if type(item) is not list:
        raise TypeError("expected a list of [source, quote]")
    out = []
    for pair in item:
        if type(pair) is not list or len(pair) != 2:
            raise TypeError("expected [source, quote]")
        out.append(Evidence(_is(str)(pair[0]), _is(str)(pair[1])))
    return tuple(out)


_SCALARS: Mapping[str, Check] = {
    "str": _is(str),
    "int": _is(int),
    "float": _number,
    "tuple[str, ...]": _strings,
    "tuple[Evidence, ...]": _evidence,
}


def _checker(annotation: str) -> Check:
    """The check for one field's declared type (the forms the model uses, no others)."""
    optional = annotation.endswith(" | None")
    base = annotation.removesuffix(" | None")
    if base == "Quantity":
        check: Check = _quantity
    elif base in _SCALARS:
        check = _SCALARS[base]
    else:  # pragma: no cover - a model field of a new type needs a check here
        raise AssertionError(f"no index check for the type {annotation!r}")
    return _optional(check) if optional else check


def _quantity(item: Any) -> Quantity:
    if type(item) is not dict:
        raise TypeError("expected a quantity object")
    unknown = item.keys() - _QUANTITY.keys()
    if unknown:
        raise TypeError(f"a quantity with unknown fields {sorted(unknown)}")
    return Quantity(**{name: _QUANTITY[name](value) for name, value in item.items()})


def _checks(cls: type) -> dict[str, Check]:
    declared = _annotations(cls)
    return {name: _checker(declared[name]) for name in _fields(cls)}


_QUANTITY = _checks(Quantity)
_CHECKS: Mapping[str, Mapping[str, Check]] = {
    kind: _checks(cls) for kind, cls in KIND_CLASSES.items()
}
_VALUE_CLASSES: tuple[type, ...] = (Quantity, *KIND_CLASSES.values())
_DEFAULTS: Mapping[type, Mapping[str, Any]] = {
    cls: dict(getattr(cls, "__value_defaults__", {})) for cls in _VALUE_CLASSES
}
_NONE = object()
_PLANS: Mapping[type, tuple[tuple[str, Any], ...]] = {
    cls: tuple((name, _DEFAULTS[cls].get(name, _NONE)) for name in _fields(cls))
    for cls in KIND_CLASSES.values()
}
"""Each kind's fields in order, with the default a field is left out at (or `_NONE`)."""
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _c_dumps() -> Callable[[dict[str, Any]], str] | None:
    """`_ENCODER.encode` without building the C encoder again on every call (about 40% of
    its time on a record), where the C encoder exists; no check for cycles (records have
    none)."""
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - a Python without the C accelerator
        return None
    iterate = make(
        None, _ENCODER.default, encoder.encode_basestring, None, ":", ",", False, False, False
    )
    return lambda fields: "".join(iterate(fields, 0))


_dumps = _c_dumps() or _ENCODER.encode
"""One encoder for every record: `json.dumps` with options builds a new one on each call."""
_REQUIRED: Mapping[str, frozenset[str]] = {
    kind: frozenset(_fields(cls)) - _DEFAULTS[cls].keys() for kind, cls in KIND_CLASSES.items()
}
