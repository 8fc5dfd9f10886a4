# sleep: tasks wake in the order of their deadlines; sleep(0) yields one turn of the
# loop (round robin); the loop's clock advances by the time slept.
import asyncio


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)


async def spinner(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    tasks = [asyncio.create_task(sleeper(n, d, log)) for n, d in
             [("c", 0.3), ("a", 0.1), ("e", 0.5), ("b", 0.2), ("d", 0.4)]]
    await asyncio.gather(*tasks)
    print(log)

    log.clear()
    await asyncio.gather(spinner("x", 3, log), spinner("y", 2, log), spinner("z", 3, log))
    print(log)

    start = loop.time()
    r = await asyncio.sleep(1.5, result="done")
    print(r, round(loop.time() - start, 1))

    log.clear()
    for i in range(4):
        asyncio.create_task(sleeper(f"t{i}", 0.2, log))
    await asyncio.sleep(0.3)
    print(log)

    start = loop.time()
    await asyncio.gather(*(asyncio.sleep(d) for d in (0.5, 1.0, 0.25)))
    print("gather of sleeps took", round(loop.time() - start, 1))

    print(await asyncio.sleep(-1, "negative is fine"))


asyncio.run(main())
print("after run")
