import copy
data = {"name": "cfg", "values": [1, 2, [3, 4]], "meta": {"tags": {"a", "b"}}}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["values"][2].append(5)
data["name"] = "changed"
print(shallow["values"], deep["values"], shallow["name"], deep is data, deep["meta"] == data["meta"])
grid = [[0] * 3 for _ in range(3)]
g2 = [row[:] for row in grid]
g3 = copy.deepcopy(grid)
grid[1][1] = 5
print(grid, g2, g3)
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
    def __repr__(self):
        return f"Node({self.v}, {self.children})" if self.children else f"Node({self.v})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].v = 99
print(tree, t2)
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, repr(cc))
t = (1, [2])
t2 = copy.deepcopy(t); t2[1].append(3)
print(t, t2, copy.copy(t) is t)
def flatten_dict(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten_dict(v, key))
        else:
            out[key] = v
    return out
cfg = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True}}, "debug": False}
print(flatten_dict(cfg))
def deep_get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(deep_get(cfg, "db.opts.ssl"), deep_get(cfg, "db.user", "root"), deep_get(cfg, "debug.x"))
def merge(a, b):
    r = dict(a)
    for k, v in b.items():
        r[k] = merge(r[k], v) if isinstance(v, dict) and isinstance(r.get(k), dict) else v
    return r
print(merge(cfg, {"db": {"port": 6543, "opts": {"timeout": 5}}, "new": 1}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[r[i] for r in matrix] for i in range(3)], sum(map(sum, matrix)))
print(sorted([[3, 1], [1, 2], [1, 1]]), [[1, 2], [3]] == [[1, 2], [3]], [[1]] < [[1, 0]])
