# the types module: SimpleNamespace and the names of the interpreter's types
import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, vars(ns))
print(ns == types.SimpleNamespace(b='x', c=[1, 2]), ns == types.SimpleNamespace(), ns != 3)
ns.self = ns
print(ns)
print(types.SimpleNamespace(), types.SimpleNamespace)
class Point(types.SimpleNamespace):
    pass
print(Point(x=1, y=2))
def f():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f(), types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
class K:
    def m(self):
        pass
print(isinstance(K().m, types.MethodType), isinstance(types, types.ModuleType), isinstance(f, types.MethodType))
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.NoneType, types.EllipsisType)
print(types.UnionType, types.GenericAlias, types.BuiltinFunctionType, types.MethodType, types.CodeType)
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(int | str) is types.UnionType)
print(type(list[int]) is types.GenericAlias, types.NotImplementedType)
print(isinstance(compile('1', '<s>', 'eval'), types.CodeType))
types.SimpleNamespace(1)
