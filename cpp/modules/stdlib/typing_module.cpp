// typing_module.cpp — the `typing` module as tutorials use it: the names that appear in
// annotations (List, Dict, Tuple, Set, Optional, Union, Any, Callable, Iterable, Sequence,
// Mapping, Literal, ... with CPython 3.11's reprs, __origin__/__args__ and equality),
// TypeVar, Generic, NewType, cast, get_type_hints, NamedTuple and TypedDict (class and
// functional forms), and the `__future__` module (`from __future__ import annotations`
// itself is a parser flag, lang/parser.cpp).
//
// Written in Python (py/typing.py, py/future.py; py_source.hpp): nothing here is on a hot path. No static checking is
// done (as in CPython). Not provided: isinstance() against typing aliases (no
// __instancecheck__), ParamSpec/TypeVarTuple/Concatenate, runtime_checkable protocols,
// generic substitution of TypeVars (`List[T][int]`).
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {

namespace {

const char* const kTypingSource =
#include "py/typing.py.inc"
    ;
const char* const kFutureSource =
#include "py/future.py.inc"
    ;

}  // namespace

void register_typing_module() {
  register_module("typing", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kTypingSource); });
  register_module("__future__", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kFutureSource); });
}

}  // namespace sl
