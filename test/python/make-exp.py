"""Regenerate NAME.exp for test programs with python3 (stdout+stderr as 2>&1).

Usage: python3 test/python/make-exp.py test/python/lang/foo.py [...]
Tracebacks are kept as CPython prints them (source lines and `^^^^` markers under the
File lines, as heapscope prints them too), with file names as given (basename). NAME.in,
when present, is fed as stdin. Under a `unittest/` folder, unittest's "Ran N tests in
X.XXXs" is written as 0.000s (run.test.ts freezes the run's clock there).
Programs run with PYTHONHASHSEED=0 (str and bytes hashes, hence set orders, as heapscope's).
"""
import os
import re
import subprocess
import sys

for path in sys.argv[1:]:
    d, name = os.path.split(os.path.abspath(path))
    stdin_path = os.path.join(d, name[:-3] + ".in")
    stdin = open(stdin_path).read() if os.path.exists(stdin_path) else ""
    # PYTHONHASHSEED=0: heapscope hashes str/bytes with CPython's zero-seed SipHash key.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, name], cwd=d, env=env, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout.replace(f'File "{d}/', 'File "')
    if os.sep + "unittest" + os.sep in path or path.startswith("unittest" + os.sep):
        out = re.sub(r"^(Ran \d+ tests? in )\d+\.\d{3}s$", r"\g<1>0.000s", out, flags=re.M)
        out = out.replace(d + "/", "")  # warnings name the file as the program was given
        with open(os.path.join(d, name[:-3] + ".exp"), "w") as f:
            f.write(out)
        continue
    with open(os.path.join(d, name[:-3] + ".exp"), "w") as f:
        f.write(out)
