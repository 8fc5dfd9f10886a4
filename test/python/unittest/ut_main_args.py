import unittest, sys
class T(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): print("b", flush=True)
for argv in (["prog", "-x"], ["prog", "-h"], ["prog", "-k"], ["prog", "-v", "-k", "a", "-q"], ["prog", "-b", "-k", "*b", "-f", "-c", "--locals"], ["prog", "--", "T.test_a"], ["prog", "-vk", "b"], ["prog", "--failfast=1"],["prog", "--verb"]):
    print(argv, flush=True)
    try:
        unittest.main(argv=argv, exit=False)
    except SystemExit as e:
        print("exit", e.code)
    sys.stdout.flush(); sys.stderr.flush()
