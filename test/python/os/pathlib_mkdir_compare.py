from pathlib import Path, PurePosixPath
p = Path('a/b/c')
try:
    p.mkdir()
except FileNotFoundError as e:
    print('FNF', e)
p.mkdir(parents=True)
print(p.is_dir(), Path('a/b').is_dir())
try:
    p.mkdir()
except FileExistsError as e:
    print('FEE', e)
p.mkdir(exist_ok=True)
p.mkdir(parents=True, exist_ok=True)
(p / 'f.txt').write_text('x')
try:
    (p / 'f.txt').mkdir(exist_ok=True)
except FileExistsError as e:
    print('FEE2', e)
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a') == PurePosixPath('a'), PurePosixPath('a') == 'a')
print(sorted([PurePosixPath('b/a'), PurePosixPath('a/z')]))
