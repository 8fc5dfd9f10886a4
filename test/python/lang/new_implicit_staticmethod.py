# __new__ defined in a class body is an implicit staticmethod: it never binds to an instance
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
a = A()
b = a.__new__(A)
print(type(b).__name__, type(A.__dict__['__new__']).__name__)
class B(A):
    pass
B.__new__(B, 1)
print(A.__new__ is A.__dict__['__new__'].__func__)
class C:
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)
print(type(C()).__name__, type(C.__dict__['__new__']).__name__)
