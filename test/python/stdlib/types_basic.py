import types, sys
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, type(ns))
print(ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
ns.self = ns
print(ns)
def f(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], type(mp).__name__)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x, C().x)
class A:
    def m(self): return 1
print(isinstance(A().m, types.MethodType), types.NoneType, types.LambdaType is types.FunctionType)
