// The examples offered by the page. Each is a small lesson about object lifetime;
// `heapKiB` is the heap limit the example is meant to run with.

export interface Example {
  id: string;
  title: string;
  heapKiB: number;
  source: string;
}

export const EXAMPLES: Example[] = [
  {
    id: "finalizer",
    title: "A finalizer run by a collection",
    heapKiB: 1024,
    source: `import gc, weakref
class Node: pass
n = Node()
weakref.finalize(n, print, "finalized")
del n
gc.collect()
`,
  },
  {
    id: "cycle",
    title: "A reference cycle",
    heapKiB: 1024,
    source: `import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

def pair(name):
    a, b = Node(name + "-a"), Node(name + "-b")
    a.partner, b.partner = b, a   # a cycle: each keeps the other alive
    weakref.finalize(a, print, "freed", a.name)
    return a

pair("lost")              # nothing keeps this cycle: garbage
kept = [pair("kept")]     # this one stays reachable from a global
print("collect() freed", gc.collect(), "objects")
print("still here:", kept[0].partner.name)
`,
  },
  {
    id: "weak-cache",
    title: "A weak cache",
    heapKiB: 1024,
    source: `import gc, weakref

class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = [0] * 500

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img

a = load("cat")
b = load("cat")           # served from the cache
print(a is b)
del a, b
gc.collect()              # nobody holds the cat: its entry leaves the cache
print("cached:", sorted(cache.keys()))
dog = load("dog")         # held by a global until the end
load("cat")
print("cached:", sorted(cache.keys()))
`,
  },
  {
    id: "finalizer-pitfall",
    title: "A finalizer that keeps its object alive",
    heapKiB: 1024,
    source: `import gc, weakref

class TempFile:
    def __init__(self, name):
        self.name = name
    def remove(self):
        print("removing", self.name)

a = TempFile("a.tmp")
weakref.finalize(a, print, "removing", a.name)  # holds only the name: fine
b = TempFile("b.tmp")
weakref.finalize(b, b.remove)   # the bound method holds b itself
del a, b
gc.collect()
print("collected; see 'Why alive?' for b")
`,
  },
  {
    id: "memory-error",
    title: "A MemoryError",
    heapKiB: 256,
    source: `import gc, weakref

chunks = []
weakref.finalize(chunks, print, "all chunks freed")
try:
    while True:
        chunks.append([0] * 1000)
except MemoryError as e:
    n = len(chunks)
    chunks = None          # drop everything we built
    print("MemoryError:", e)
print("the heap held", n, "chunks")
gc.collect()
print("free again:", gc.mem_free(), "bytes")
`,
  },
  {
    id: "threshold",
    title: "A GC threshold",
    heapKiB: 1024,
    source: `import gc, weakref

class Temp: pass

gc.threshold(4096)        # collect whenever 4 KiB were allocated since the last one
keep = []
for i in range(300):
    t = Temp()
    t.data = [i] * 16
    if i % 100 == 0:
        weakref.finalize(t, print, "temp", i, "freed")
        if i == 200:
            keep.append(t)   # this one is never freed
print("threshold:", gc.threshold())
`,
  },
];

/**
 * The Grade tab's starting tests (docs/grading.md's format), written for the first example:
 * an output test, a `code` test run after the program in its globals, and an event matcher.
 */
export const EXAMPLE_TESTS = `[
  {"id": "prints", "name": "prints finalized", "stdin": "", "expect": {"stdout": "finalized\\n"}},
  {"id": "deleted", "name": "n is deleted", "code": "assert 'n' not in globals(), 'n is still bound'\\n"},
  {"id": "collected", "name": "the Node is finalized by a collection", "points": 2,
   "expectEvents": [{"kind": "finalize-call", "targetType": "Node", "trigger": "collection", "min": 1},
                    {"alive": {"targetType": "Node", "max": 0}}]}
]
`;
