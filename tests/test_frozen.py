"""cfacts.frozen behaves like the frozen dataclasses mypy checks it as."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys
from types import MappingProxyType
from typing import Any

import pytest

from cfacts import frozen
from cfacts.frozen import FrozenError, field_names, replace, value


def _pair(kw_only: bool) -> tuple[Any, Any]:
    """The same small class hierarchy built by dataclasses and by cfacts.frozen."""
    built = []
    for deco in (dataclasses.dataclass, value):

        class Base:
            id: str
            line: int = 0

        class Child(Base):
            name: str
            tags: tuple[str, ...] = ()

        base = deco(frozen=True, kw_only=kw_only)(Base)
        # Child is built with type() on the decorated base, so its type is only known at run time.
        subclass: type[Any] = type("Child", (base,), dict(Child.__dict__))
        child = deco(frozen=True, kw_only=True)(subclass)
        built.append((base, child))
    return built[0], built[1]


def test_fields_defaults_and_order_match_dataclasses() -> None:
    (_, dc_child), (v_base, v_child) = _pair(kw_only=True)
    assert field_names(v_child) == tuple(f.name for f in dataclasses.fields(dc_child))
    assert field_names(v_base) == ("id", "line")
    a, b = dc_child(id="x", name="n"), v_child(id="x", name="n")
    assert {n: getattr(a, n) for n in field_names(v_child)} == b.__dict__ | {}
    assert repr(b) == repr(a).replace(
        "test_fields_defaults_and_order_match_dataclasses.<locals>.", ""
    )


@pytest.mark.parametrize("kw_only", [True, False])
def test_same_errors_as_dataclasses(kw_only: bool) -> None:
    for base, child in _pair(kw_only):
        with pytest.raises(TypeError):
            child(name="n")  # missing id
        with pytest.raises(TypeError):
            child(id="x", name="n", colour="red")
        if kw_only:
            with pytest.raises(TypeError):
                child("x", name="n")  # every field is keyword-only
        else:
            assert child("x", name="n").id == "x"  # inherited fields stay positional
        obj = child(id="x", name="n")
        with pytest.raises(AttributeError):
            obj.name = "m"
        with pytest.raises(AttributeError):
            del obj.name
        if not kw_only:
            assert base("x", 3).line == 3
            with pytest.raises(TypeError):
                base("x", 3, 4)
            with pytest.raises(TypeError):
                base("x", id="y")


def test_frozen_error_is_an_attribute_error() -> None:
    from cfacts.finding.views import Ref

    obj = Ref("person", "liu-hua", "Liu Hua")
    with pytest.raises(FrozenError):
        obj.id = "other"  # type: ignore[misc]  # on purpose: mypy knows Ref is frozen


def test_equality_hash_replace_and_pickle() -> None:
    _, (_, child) = _pair(kw_only=True)
    a = child(id="x", name="n", tags=("t",))
    b = child(id="x", name="n", tags=("t",))
    assert a == b and hash(a) == hash(b)
    assert a != child(id="x", name="m")
    changed = replace(a, name="m")
    assert changed.name == "m" and changed.id == "x" and a.name == "n"
    with pytest.raises(TypeError):
        replace(a, colour="red")


def test_real_records_pickle_round_trip() -> None:
    from cfacts.factbase.model import Evidence, Person

    person = Person(id="p", evidence=(Evidence(source="s", quote="q"),), name="P Q")
    again = pickle.loads(pickle.dumps(person))
    assert again == person and again.quote == "q" and again.line == 0


def test_no_value_class_module_imports_dataclasses() -> None:
    """The point of cfacts.frozen: importing the core must not import dataclasses/inspect."""
    import subprocess

    code = (
        "import sys, cfacts.factbase.model, cfacts.finding.views, cfacts.finding.lookup, "
        "cfacts.output.jsonout;"
        "print('dataclasses' in sys.modules, 'inspect' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]
    assert frozen.__doc__


class _Unhashable:
    __hash__ = None  # type: ignore[assignment]


DEFAULTS = [
    [],
    {},
    set(),
    bytearray(),
    MappingProxyType({}),
    MappingProxyType({"a": 1}),
    _Unhashable(),
    (),
    frozenset(),
    0,
    "",
    None,
    b"",
    1.5,
    ("a", 1),
]


def _declare(deco: Any, default: Any) -> Any:
    """A frozen class with one field whose default is ``default``, made by ``deco``."""

    class Holder:
        name: str = "x"
        items: Any = default

    return deco(frozen=True)(Holder)


@pytest.mark.parametrize("default", DEFAULTS, ids=lambda d: type(d).__name__)
def test_mutable_defaults_rejected_like_dataclasses(default: Any) -> None:
    """`value` refuses exactly the defaults `dataclass` refuses (an unhashable type, in 3.11+:
    list, dict, set, and mappingproxy before 3.12), with the same error type."""
    try:
        _declare(dataclasses.dataclass, default)
    except ValueError:
        rejected = True
    else:
        rejected = False
    assert rejected == (type(default).__hash__ is None)
    if rejected:
        with pytest.raises(ValueError, match="mutable default"):
            _declare(value, default)
    else:
        assert _declare(value, default)().items == default


def test_a_field_declared_again_keeps_its_inherited_default() -> None:
    for deco in (dataclasses.dataclass, value):
        base = _declare(deco, ())
        child: Any = deco(frozen=True)(type("Child", (base,), {"__annotations__": {"items": Any}}))
        assert child().items == ()
        with pytest.raises(ValueError, match="mutable default"):
            deco(frozen=True)(
                type("Bad", (base,), {"__annotations__": {"items": Any}, "items": []})
            )


def test_every_value_class_of_cfacts_is_a_valid_dataclass() -> None:
    """Real dataclasses accept every value class cfacts declares (mypy checks them as such)."""
    code = (
        "import dataclasses, pkgutil, importlib, cfacts, cfacts.frozen as f\n"
        "f.value = dataclasses.dataclass\n"
        "f.replace = dataclasses.replace\n"
        "n = 0\n"
        "for m in pkgutil.walk_packages(cfacts.__path__, 'cfacts.'):\n"
        "    if m.name != 'cfacts.__main__':\n"
        "        mod = importlib.import_module(m.name)\n"
        "        n += sum(dataclasses.is_dataclass(v) for v in vars(mod).values())\n"
        "print(n)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert int(out) > 20


def test_from_rows_builds_what_the_constructor_builds_for_both_implementations() -> None:
    from cfacts.frozen import from_rows
    from cfacts.index.names import Candidate

    row = ("person", "liu-hua", "name", "Liu Hua", "liu hua")
    assert from_rows(Candidate, [row, row[::-1]]) == [Candidate(*row), Candidate(*row[::-1])]
    assert from_rows(Candidate, []) == []
    (_, dc_child), (_, v_child) = _pair(kw_only=True)
    for cls in (dc_child, v_child):
        [made] = from_rows(cls, [("x", 1, "n", ("t",))])
        assert made == cls(id="x", line=1, name="n", tags=("t",))
        with pytest.raises(FrozenError if cls is v_child else dataclasses.FrozenInstanceError):
            made.id = "y"
        with pytest.raises(TypeError):
            from_rows(cls, [("x", 1, "n", ("t",)), ("x", 1)])
