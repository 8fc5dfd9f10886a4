# gather: results in argument order whatever the completion order; return_exceptions;
# the first exception propagates while the other children keep running.
import asyncio


async def work(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def nested(log):
    inner = await asyncio.gather(work("n1", 0.2, log), work("n2", 0.1, log))
    return inner + ["N"]


async def main():
    log = []
    results = await asyncio.gather(work("a", 0.3, log), work("b", 0.1, log), work("c", 0.2, log))
    print(results)
    print(log)

    log.clear()
    print(await asyncio.gather(nested(log), work("d", 0.05, log)))
    print(log)

    print(await asyncio.gather())
    res = await asyncio.gather(fail(0.1, ValueError("v")), work("e", 0.2, log),
                               fail(0.05, KeyError("k")), return_exceptions=True)
    print(res)

    log.clear()
    slow = asyncio.create_task(work("slow", 0.3, log))
    try:
        await asyncio.gather(fail(0.1, RuntimeError("first")), slow)
    except RuntimeError as e:
        print("gather raised", repr(e), "slow done:", slow.done())
    print(await slow, log)

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "from future")
    print(await asyncio.gather(fut, work("f", 0.05, log)))

    coro = work("same", 0.01, log)
    print(await asyncio.gather(coro, coro))

    g = asyncio.gather(work("x", 1, log), work("y", 2, log))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    res = await asyncio.gather(asyncio.sleep(0.1, "r1"), asyncio.sleep(0.2, "r2"))
    print(res)


asyncio.run(main())
