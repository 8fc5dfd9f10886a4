for f, a in [('%s %s', 'ab'), ('%(x)s %s', {'x': 1}), ('%s %(x)s', {'x': 1}), ('%(x)s', ('a',)), ('%s', {}), ('%(x)s %%', {'x': 2}), ('%d', {'x': 1}), ('a', {'x': 1}), ('a', [1]), ('a', 'b'), ('a', ())]:
    try: print(repr(f % a))
    except TypeError as e: print(f, e)
