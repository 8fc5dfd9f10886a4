# sys.modules lists every module of the run, including those imported after sys.
import sys
print('sys' in sys.modules, 'builtins' in sys.modules, '__main__' in sys.modules)
print('fractions' in sys.modules, 'json' in sys.modules)
import fractions
from json import dumps
print('fractions' in sys.modules, 'json' in sys.modules)
print(sys.modules['fractions'] is fractions, sys.modules['sys'] is sys)
print(sys.modules['__main__'].__name__, type(sys.modules).__name__)
X = 42
print(sys.modules['__main__'].X, sys.modules[__name__] is sys.modules['__main__'])
m = sys.modules
import math
print(m is sys.modules, 'math' in m, m['math'].sqrt(16))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e, 'no_such_module_here' in sys.modules)
