try:
    raise ValueError("first")
except ValueError:
    try:
        raise KeyError("second")
    except KeyError:
        raise RuntimeError("third")
