def compute(vals):
    total = 0
    for v in vals:
        totl += v
    return total
print(compute([1, 2]))
