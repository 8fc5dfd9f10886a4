// Programs of the JS-memory measurements (test/engine/js-memory.test.ts asserts the
// bound on them, bench/js-memory.ts prints their ratios). Each legitimate program fills
// a good part of a 16 MiB heap with one kind of object and prints `PROBE <mem_alloc>`
// (test/engine/js-memory-child.ts measures the V8 heap at that point); each bomb would
// outgrow any heap.

const PROBE = "import gc\n";
export const LEGITIMATE = [
  "x = [i * 100000 for i in range(300000)]",
  "x = list(range(1500000))",
  "x = [i * 0.5 for i in range(300000)]",
  "x = [str(i) for i in range(400000)]",
  "x = ['ab' * 50 + str(i) for i in range(100000)]",
  "x = [(i, i) for i in range(300000)]",
  "x = [[i] for i in range(300000)]",
  "x = [{'a': i} for i in range(150000)]",
  "x = {i: i for i in range(500000)}",
  "x = [{i} for i in range(120000)]",
  "class C:\n    def __init__(s, i):\n        s.a = i\n        s.b = i\nx = [C(i) for i in range(150000)]",
  "class C:\n    pass\nx = [C() for i in range(400000)]",
  "x = [object() for i in range(400000)]",
  "x = [1 << (1000 + i) for i in range(4000)]",
  "x = [bytes(1000) for i in range(12000)]",
  "x = [bytearray(1000) for i in range(12000)]",
  "from array import array\nx = [array('d', [0.5]) * 1000 for i in range(1500)]",
  "from array import array\nx = [array('b', [1]) * 1000 for i in range(12000)]",
  "x = [(lambda: i) for i in range(150000)]",
  "def g():\n    yield 1\nx = [g() for i in range(100000)]",
  "import weakref\nclass C:\n    pass\ny = [C() for i in range(60000)]\nx = [weakref.ref(c) for c in y]",
].map((body) => `${PROBE}${body}\nprint('PROBE', gc.mem_alloc())`);

export const BOMBS = [
  "tuple(range(10**8))",
  "tuple(x for x in range(10**8))",
  "list(range(10**8))",
  "x = [i for i in range(10**8)]",
  "x = {i: i for i in range(10**8)}",
  "x = set(range(10**8))",
  "x = [str(i) for i in range(10**8)]",
  "x = [[i] for i in range(10**8)]",
  "class C:\n    pass\nx = [C() for i in range(10**8)]",
  "x = bytearray()\nwhile True:\n    x += b'a' * 4096",
  "x = ''\nwhile True:\n    x += 'a' * 4096",
  "x = [b'ab' * 500 for i in range(10**8)]",
  "import weakref\nclass C:\n    pass\nk = [C() for i in range(10**6)]\nr = [weakref.ref(c) for c in k]",
  "sorted(range(10**8, 0, -1))",
  "''.join(str(i % 10) for i in range(10**8))",
  "b''.join([b'ab'] * 10**8)",
  "x = 1 << (16 * 2**23)",
  "x = (1 << 7 * 10**7) * 3",
  "x = format(1, '>100000000')",
];

