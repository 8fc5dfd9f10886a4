# "%%" is the only literal percent; "%" after flags/width is a conversion CPython rejects.
for f, a in [('%5%', (1,)), ('%-5%', (1,)), ('%5%', ()), ('%%', ()), ('%(x)5%', {'x':1}), ('%5%%d', (1,2)), ('100%% %d%%', (5,)), ('%s%%', ('a',))]:
    try: print(repr(f), a, repr(f % a))
    except Exception as e: print(repr(f), a, type(e).__name__, e)
