// types_module.cpp — the `types` module: the names of the interpreter's own types
// (FunctionType, LambdaType, BuiltinFunctionType, MethodType, ModuleType, GeneratorType,
// CodeType, NoneType, EllipsisType, NotImplementedType, UnionType, GenericAlias) and
// SimpleNamespace (in Python: repr, ==, no positional arguments, as CPython's).
// Not provided: MappingProxyType (a live read-only dict view), new_class/prepare_class,
// coroutine and frame/traceback types.
#include "lang/builtin_types.hpp"
#include "lang/generator.hpp"
#include "lang/generic_alias.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {

namespace {

const char* const kTypesSource = R"PY(
_repr_running = set()

class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return name + '(...)'
        _repr_running.add(id(self))
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(id(self))
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
)PY";

}  // namespace

void register_types_module() {
  register_module("types", [](Interpreter& in, ModuleObject& m) {
    const std::pair<const char*, TypeObject*> kTypes[] = {
        {"FunctionType", function_type},
        {"LambdaType", function_type},
        {"BuiltinFunctionType", builtin_function_type},
        {"BuiltinMethodType", builtin_function_type},
        {"MethodType", method_type},
        {"MethodDescriptorType", method_descriptor_type},
        {"GetSetDescriptorType", getset_descriptor_type},
        {"ModuleType", module_type},
        {"GeneratorType", generator_type()},
        {"CodeType", code_type()},
        {"NoneType", none_type},
        {"EllipsisType", ellipsis_type},
        {"NotImplementedType", notimpl_type},
        {"UnionType", union_type_type()},
        {"GenericAlias", generic_alias_type()},
    };
    for (const auto& e : kTypes) m.set(e.first, ObjPtr(e.second));
    exec_module_source(in, m, kTypesSource);
  });
}

}  // namespace sl
