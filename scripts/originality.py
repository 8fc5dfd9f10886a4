"""How much of each given file is text of CPython's own standard library.

For every file named on the command line, count its non-trivial lines (stripped, at
least MIN_CHARS long, not a comment) and how many of them occur verbatim as a line of
some module of the running interpreter's standard library. Prints one JSON object:
{"stdlib": <folder>, "files": {path: [identical, total]}}.

The project follows CPython's behaviour but must not contain its text; a few identical
lines are unavoidable (signatures, error messages), a high share means copied code.
test/engine/originality.test.ts runs this and keeps every file under its bound.
"""

import json
import os
import sys
import sysconfig

MIN_CHARS = 25


def significant_lines(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            text = raw.strip()
            if len(text) >= MIN_CHARS and not text.startswith("#"):
                yield text


def stdlib_lines(root):
    seen = set()
    for folder, subfolders, names in os.walk(root):
        # Tests and third-party packages are not the library itself.
        subfolders[:] = [d for d in subfolders if d not in ("test", "tests", "site-packages", "idlelib")]
        for name in names:
            if name.endswith(".py"):
                seen.update(significant_lines(os.path.join(folder, name)))
    return seen


def main(paths):
    root = sysconfig.get_paths()["stdlib"]
    library = stdlib_lines(root)
    report = {}
    for path in paths:
        lines = list(significant_lines(path))
        report[path] = [sum(1 for text in lines if text in library), len(lines)]
    json.dump({"stdlib": root, "files": report}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
