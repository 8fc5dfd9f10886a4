# TaskGroup failures (3.11): the first failing task cancels its siblings and the
# block's body; every failure comes out in one ExceptionGroup.
import asyncio


async def ok(delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"ok {delay}")
    except asyncio.CancelledError:
        log.append(f"cancelled {delay}")
        raise


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.1, log))
            tg.create_task(fail(0.2, ValueError("v")))
            tg.create_task(ok(1, log))
            tg.create_task(fail(0.2, KeyError("k")))
            await asyncio.sleep(5)
            log.append("body not reached")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.5, log))
            raise RuntimeError("in the body")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])
    print(log)

    async def group_in_task():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(10, log))
    log.clear()
    t = asyncio.create_task(group_in_task())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel reached the group:", log)


asyncio.run(main())
