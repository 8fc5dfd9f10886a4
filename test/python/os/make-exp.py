"""Regenerate NAME.exp for the programs of test/python/os/ with CPython 3.11.

Each program runs in a fresh empty temporary directory (a copy of it is the only file
there), as heapscope runs it in its own file system's working directory /work: the
temporary directory's path is written as /work in the output. Tracebacks are rewritten
like test/python/make-exp.py does (no source lines under the File lines).
Usage: python3 test/python/os/make-exp.py test/python/os/*.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

for path in sys.argv[1:]:
    if os.path.basename(path) == "make-exp.py":
        continue
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(path, os.path.join(d, name))
        out = subprocess.run([sys.executable, name], cwd=d, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True).stdout
        out = out.replace(f'File "{d}/', 'File "').replace(d, "/work")
    kept = []
    in_file = False
    for line in out.split("\n"):
        if line.startswith('  File "'):
            in_file = True
            kept.append(line)
            continue
        if in_file and line.startswith("    "):
            continue
        in_file = False
        kept.append(line)
    with open(path[:-3] + ".exp", "w") as f:
        f.write("\n".join(kept))
