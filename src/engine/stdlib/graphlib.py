"""Topological sorting of a graph of hashable nodes (heapscope)."""

# The sorter keeps, per node, how many of its predecessors are not done yet and the
# list of nodes that depend on it (one entry per edge, in the order edges were added).
# A node is ready when its count reaches zero; get_ready() hands ready nodes out in
# the order they became ready, which is CPython's order.

__all__ = ["TopologicalSorter", "CycleError"]

_EXHAUSTED = object()


class CycleError(ValueError):
    pass


class TopologicalSorter:

    def __init__(self, graph=None):
        self._waiting_on = {}     # node -> predecessors not done yet
        self._dependents = {}     # node -> nodes with an edge from it, per edge
        self._ready = None        # None until prepare(); then the nodes not handed out
        self._handed_out = set()
        self._finished = set()
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _known(self, node):
        if node not in self._dependents:
            self._dependents[node] = []
            self._waiting_on[node] = 0

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._known(node)
        self._waiting_on[node] += len(predecessors)
        for before in predecessors:
            self._known(before)
            self._dependents[before].append(node)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n for n, count in self._waiting_on.items() if count == 0]
        loop = self._find_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def get_ready(self):
        self._require_prepared()
        batch = tuple(self._ready)
        self._ready = []
        self._handed_out.update(batch)
        return batch

    def is_active(self):
        self._require_prepared()
        unfinished = len(self._handed_out) - len(self._finished)
        return unfinished > 0 or len(self._ready) > 0

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._require_prepared()
        for node in nodes:
            if node not in self._dependents:
                raise ValueError(f"node {node!r} was not added using add()")
            if node in self._finished:
                raise ValueError(f"node {node!r} was already marked done")
            if node not in self._handed_out:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            self._finished.add(node)
            for after in self._dependents[node]:
                self._waiting_on[after] -= 1
                if self._waiting_on[after] == 0:
                    self._ready.append(after)

    def _find_cycle(self):
        # Iterative depth-first walk along dependents, starting from each node in
        # insertion order. Meeting a node that is on the current path closes a
        # cycle, reported from that node round to itself.
        visited = set()
        for start in self._dependents:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            depth_of = {start: 0}
            pending = [iter(self._dependents[start])]
            while pending:
                step = next(pending[-1], _EXHAUSTED)
                if step is _EXHAUSTED:
                    pending.pop()
                    del depth_of[path.pop()]
                elif step in depth_of:
                    return path[depth_of[step]:] + [step]
                elif step not in visited:
                    visited.add(step)
                    depth_of[step] = len(path)
                    path.append(step)
                    pending.append(iter(self._dependents[step]))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        return cls
