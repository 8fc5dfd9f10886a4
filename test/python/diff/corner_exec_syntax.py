try:
    exec("x = = 1")
except SyntaxError as e:
    print(e, '|', e.msg, e.lineno, e.filename)
try:
    exec("if 1:\n  x\n    y")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
print(str(SyntaxError('m', ('/a/b/f.py', 3, 1, 't'))), SyntaxError('m', ('f', None, 1, 't')), SyntaxError('m', (None, 2, 1, 't')))
exec("x = (1,")
