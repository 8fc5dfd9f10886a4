# An exception escaping __del__ is printed CPython's way on stderr ("Exception ignored
# in:" the __del__ function's repr, whose address is its id(), then the traceback);
# the remaining __del__ calls and the program go on. The .exp is heapscope's own
# (CPython prints a memory address and the source lines).
import gc


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        if self.name == "bad":
            raise ValueError("boom")
        print("del", self.name)


a = A("bad")
b = A("good")
a = b = None
gc.collect()
print("the program goes on")


def helper(x):
    return x["missing"]


class B:
    def __del__(self):
        helper({})


b = B()
b = None
gc.collect()
print("an exception caught inside __del__ is not reported")


class C:
    def __del__(self):
        try:
            raise KeyError("k")
        except KeyError as e:
            print("handled", repr(e))


c = C()
c = None
gc.collect()
print("end")
