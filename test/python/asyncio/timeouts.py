# wait_for and asyncio.timeout: the awaited work is cancelled and TimeoutError raised
# (asyncio.TimeoutError is the builtin TimeoutError in 3.11).
import asyncio


async def slow(delay, log):
    try:
        await asyncio.sleep(delay)
        return delay
    except asyncio.CancelledError:
        log.append(f"slow({delay}) cancelled")
        raise
    finally:
        log.append(f"slow({delay}) finally")


async def main():
    print(asyncio.TimeoutError is TimeoutError)
    log = []
    print(await asyncio.wait_for(slow(0.1, log), timeout=1))
    try:
        await asyncio.wait_for(slow(2, log), timeout=0.2)
    except asyncio.TimeoutError as e:
        print("wait_for timeout:", repr(e), type(e.__cause__).__name__)
    print(log)
    print(await asyncio.wait_for(slow(0.1, log), None))

    log.clear()
    try:
        await asyncio.wait_for(slow(1, log), 0)
    except TimeoutError:
        print("zero timeout", log)

    log.clear()
    try:
        async with asyncio.timeout(0.5) as cm:
            print("inside", cm.expired())
            await slow(10, log)
    except TimeoutError as e:
        print("timeout block:", repr(e), cm.expired(), type(e.__cause__).__name__)
    print(log)

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.1)
    print("no timeout", cm.expired())

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
        print("when", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.2)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside, re-raising")
            raise
        print("not reached")
    print("unreachable")


async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout fired")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.3):
            async with asyncio.timeout(5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer deadline wins")
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print(e)


asyncio.run(outer())
