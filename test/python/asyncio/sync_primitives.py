# Lock, Event, Condition, Semaphore, BoundedSemaphore between tasks.
import asyncio


async def locked_worker(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.1)
        log.append(f"{name} out")


async def waiter(event, name, log):
    log.append(f"{name} waits")
    await event.wait()
    log.append(f"{name} woke")


async def limited(sem, name, log):
    async with sem:
        log.append(f"+{name}")
        await asyncio.sleep(0.1)
        log.append(f"-{name}")


async def consumer(cond, box, name, log):
    async with cond:
        await cond.wait_for(lambda: box)
        log.append(f"{name} took {box.pop()}")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in ("w1", "w2")]
    await asyncio.sleep(0.1)
    print(ev.is_set(), log)
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), log)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, i, log) for i in range(5)))
    print(log)
    print(sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    box = []
    log = []
    consumers = [asyncio.create_task(consumer(cond, box, f"c{i}", log)) for i in range(3)]
    for item in ("x", "y", "z"):
        await asyncio.sleep(0.05)
        async with cond:
            box.append(item)
            cond.notify()
    await asyncio.gather(*consumers)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print(e)


asyncio.run(main())
