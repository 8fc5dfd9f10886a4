# Cancelling tasks: CancelledError raised inside the task at its await, cleanup in
# finally, cancel messages, a task that refuses, shield, cancelling a done task.
import asyncio


async def sleeper(log):
    try:
        log.append("sleeping")
        await asyncio.sleep(100)
    except asyncio.CancelledError as e:
        log.append(f"got CancelledError{e.args}")
        raise
    finally:
        log.append("cleanup")


async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        return "ignored the cancel"


async def quick():
    return 7


async def main():
    log = []
    t = asyncio.create_task(sleeper(log), name="sleeper")
    await asyncio.sleep(0.1)
    print(t.get_name(), t.done(), t.cancelled())
    print("cancel:", t.cancel())
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", e.args)
    print(t.done(), t.cancelled(), log)
    print("cancel again:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")

    log.clear()
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    t.cancel(msg="stop now")
    await asyncio.gather(t, return_exceptions=True)
    print(log)

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(quick())
    print("cancel before start:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before running", t.cancelled())

    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done task cancel:", t.cancel(), t.result())

    inner = asyncio.create_task(asyncio.sleep(0.2, "inner result"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield cancelled; inner cancelled:", inner.cancelled())
    print(await inner)

    async def canceller(task):
        await asyncio.sleep(0.1)
        task.cancel()

    me = asyncio.current_task()
    asyncio.create_task(canceller(me))
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main was cancelled, uncancel ->", me.uncancel())
    print("main goes on")
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
