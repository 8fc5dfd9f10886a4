def numbers(data):
    for item in data:
        yield int(item)

def doubled(it):
    for n in it:
        yield n * 2

def consume():
    total = 0
    for v in doubled(numbers(["1", "2", "x3"])):
        total += v
        print("running total", total)
    return total

consume()
