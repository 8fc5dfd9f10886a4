"""Control-C handling for test runs (heapscope).

A sandboxed run receives no signals, so installHandler has nothing to install; the
registry of results is kept so that registerResult/removeResult behave as documented
(removeResult tells whether the result was registered)."""

import weakref

_registered = weakref.WeakKeyDictionary()


def registerResult(result):
    """Remember a result so that a Control-C handler could stop it."""
    _registered[result] = True


def removeResult(result):
    """Forget a registered result; True when it was registered."""
    return _registered.pop(result, None) is not None


def installHandler():
    """No-op here: no SIGINT ever reaches a sandboxed run."""


def removeHandler(method=None):
    """Used as a decorator, return the function unchanged (no handler is installed)."""
    return method
