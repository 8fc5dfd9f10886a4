for s in ['{', '{a', 'x{', '{{{', '{0:{', '{0:', '{:}}', '{0!', '{0!r', '{0[}', '{0[1', 'a{', '}', '{0!x}', '{0!rr}', '{0[0}']:
    try:
        print(repr(s.format([1])))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print('{0[}]}'.format({'}':5}), '{0[:]}'.format({':':6}), '{0[!]}'.format({'!':7}))
try: print('{0[a}b]}'.format({}))
except Exception as e: print(type(e), e)
