"""Abstract base classes: ABCMeta, ABC, abstractmethod (heapscope)."""

# heapscope's abc. Every class made by ABCMeta carries an _AbcBook: the classes
# registered as its virtual subclasses plus the answers of earlier issubclass() calls.
# Positive answers stay true for good; negative ones are dropped whenever any class
# anywhere registers a virtual subclass (the module's generation number moves on).


def abstractmethod(funcobj):
    setattr(funcobj, "__isabstractmethod__", True)
    return funcobj


def _marking_init(base):
    # __init__ of the deprecated wrappers: mark the function abstract, then wrap it.
    def __init__(self, callable):
        base.__init__(self, abstractmethod(callable))
    return __init__


class abstractclassmethod(classmethod):
    __init__ = _marking_init(classmethod)


class abstractstaticmethod(staticmethod):
    __init__ = _marking_init(staticmethod)


class abstractproperty(property):
    pass


for _deprecated in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _deprecated.__isabstractmethod__ = True
del _deprecated


# One counter per run (this module's namespace belongs to the run): registrations so far.
_generation = [0]


def get_cache_token():
    return _generation[0]


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _collect_abstracts(cls, own_names, bases):
    # Names abstract in this class: its own abstract attributes, and the names its
    # bases left abstract that this class has not overridden with something concrete.
    found = {name for name in own_names if _is_abstract(own_names[name])}
    for base in bases:
        inherited = getattr(base, "__abstractmethods__", ())
        found.update(n for n in inherited if _is_abstract(getattr(cls, n, None)))
    return frozenset(found)


class _AbcBook:
    __slots__ = ("registered", "known_yes", "known_no", "no_generation")

    def __init__(self):
        self.registered = []
        self.known_yes = set()
        self.known_no = set()
        self.no_generation = _generation[0]

    def fresh_no(self):
        # The negative answers, emptied first if a registration happened since.
        if self.no_generation != _generation[0]:
            self.known_no = set()
            self.no_generation = _generation[0]
        return self.known_no


def _book(cls):
    return cls.__dict__["_abc_impl"]


def _decide(cls, subclass):
    # The uncached answer to issubclass(subclass, cls), in the documented order:
    # the hook, the real MRO, the registry, then the subclasses of cls.
    hook = getattr(cls, "__subclasshook__", None)
    verdict = NotImplemented if hook is None else hook(subclass)
    if verdict is not NotImplemented:
        return bool(verdict)
    if cls in subclass.__mro__:
        return True
    if any(issubclass(subclass, virtual) for virtual in _book(cls).registered):
        return True
    return any(issubclass(subclass, child) for child in type.__subclasses__(cls))


class ABCMeta(type):

    def __new__(metacls, name, bases, namespace, /, **kwargs):
        made = super().__new__(metacls, name, bases, namespace, **kwargs)
        made.__abstractmethods__ = _collect_abstracts(made, namespace, bases)
        made._abc_impl = _AbcBook()
        return made

    def __call__(cls, *args, **kwargs):
        pending = sorted(cls.__dict__.get("__abstractmethods__", ()))
        if pending:
            plural = "" if len(pending) == 1 else "s"
            raise TypeError("Can't instantiate abstract class " + cls.__name__ +
                            " with abstract method" + plural + " " + ", ".join(pending))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _book(cls).registered.append(subclass)
        _generation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        claimed = getattr(instance, "__class__", None)
        book = _book(cls)
        if claimed is not None and claimed in book.known_yes:
            return True
        actual = type(instance)
        if claimed is None or claimed is actual:
            if actual in book.fresh_no():
                return False
            return cls.__subclasscheck__(actual)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        book = _book(cls)
        if subclass in book.known_yes:
            return True
        if subclass in book.fresh_no():
            return False
        answer = _decide(cls, subclass)
        (book.known_yes if answer else book.known_no).add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        lines = ["Class: %s.%s" % (cls.__module__, cls.__qualname__),
                 "Inv. counter: %d" % get_cache_token()]
        print("\n".join(lines), file=file)

    def _abc_registry_clear(cls):
        _book(cls).registered.clear()

    def _abc_caches_clear(cls):
        book = _book(cls)
        book.known_yes.clear()
        book.known_no.clear()


def update_abstractmethods(cls):
    # Recomputes __abstractmethods__ after methods were added to an ABC after its
    # creation; classes that are not ABCs come back unchanged.
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _collect_abstracts(cls, dict(cls.__dict__), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
