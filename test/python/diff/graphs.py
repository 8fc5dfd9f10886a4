from collections import deque

graph = {
    "A": ["B", "C"], "B": ["A", "D", "E"], "C": ["A", "F"],
    "D": ["B"], "E": ["B", "F"], "F": ["C", "E"], "G": [],
}

def bfs(g, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        u = q.popleft(); order.append(u)
        for v in g[u]:
            if v not in seen:
                seen.add(v); q.append(v)
    return order

def dfs(g, start, seen=None):
    if seen is None: seen = []
    seen.append(start)
    for v in g[start]:
        if v not in seen:
            dfs(g, v, seen)
    return seen

def dfs_iter(g, start):
    stack, seen, order = [start], set(), []
    while stack:
        u = stack.pop()
        if u in seen: continue
        seen.add(u); order.append(u)
        stack.extend(reversed(g[u]))
    return order

def shortest_path(g, s, t):
    prev = {s: None}; q = deque([s])
    while q:
        u = q.popleft()
        if u == t:
            path = []
            while u is not None:
                path.append(u); u = prev[u]
            return path[::-1]
        for v in g[u]:
            if v not in prev:
                prev[v] = u; q.append(v)
    return None

def components(g):
    seen, comps = set(), []
    for node in g:
        if node not in seen:
            comp = bfs(g, node); seen.update(comp); comps.append(sorted(comp))
    return comps

def topo_sort(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs: indeg[v] = indeg.get(v, 0) + 1
    q = deque(sorted(k for k, d in indeg.items() if d == 0)); out = []
    while q:
        u = q.popleft(); out.append(u)
        for v in deps.get(u, []):
            indeg[v] -= 1
            if indeg[v] == 0: q.append(v)
    if len(out) != len(indeg):
        raise ValueError("cycle detected")
    return out

def has_cycle(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    def visit(u):
        color[u] = GRAY
        for v in g[u]:
            if color[v] == GRAY or (color[v] == WHITE and visit(v)): return True
        color[u] = BLACK
        return False
    return any(color[u] == WHITE and visit(u) for u in g)

print(bfs(graph, "A"), dfs(graph, "A"), dfs_iter(graph, "A"))
print(shortest_path(graph, "D", "F"), shortest_path(graph, "A", "G"))
print(components(graph))
print(topo_sort({"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"]}))
try:
    topo_sort({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("error:", e)
print(has_cycle({1: [2], 2: [3], 3: [1]}), has_cycle({1: [2], 2: [3], 3: []}))
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
def maze(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    dist = {start: 0}; q = deque([start])
    while q:
        r, c = q.popleft()
        if grid[r][c] == "E": return dist[(r, c)]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1; q.append((nr, nc))
    return -1
print(maze(grid))
