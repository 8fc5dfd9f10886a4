# Queue producer/consumer with a bounded queue, join()/task_done(), PriorityQueue,
# LifoQueue, QueueEmpty/QueueFull.
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put((name, it))
        print(f"{name} put {it} size={q.qsize()}")
        await asyncio.sleep(0.01)


async def consumer(q, name, out):
    while True:
        who, item = await q.get()
        out.append((name, who, item))
        await asyncio.sleep(0.05)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    out = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(2)]
    await asyncio.gather(producer(q, "p1", range(3)), producer(q, "p2", "ab"))
    await q.join()
    print(out)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(str(q), q.empty())

    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(str(q))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])

    uq = asyncio.Queue()
    getter = asyncio.create_task(uq.get())
    await asyncio.sleep(0)
    print("getter waiting:", not getter.done())
    uq.put_nowait("hello")
    print(await getter)

    try:
        await asyncio.wait_for(uq.get(), 0.1)
    except TimeoutError:
        print("get timed out; getters left:", len(uq._getters))


asyncio.run(main())
