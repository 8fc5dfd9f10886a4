def divide(a, b):
    return a / b
results = [divide(10, n) for n in [5, 2, 0]]
