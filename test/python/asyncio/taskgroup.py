# TaskGroup (3.11): every task is awaited at the end of the block; results via the
# tasks; wait/as_completed/all_tasks/current_task alongside.
import asyncio


async def job(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name * 2


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.2, log))
        t2 = tg.create_task(job("b", 0.1, log), name="job-b")
        print("in block", t1.done(), t2.get_name())
    print("after block", log, t1.result(), t2.result())
    late = job("late", 0, log)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", str(e).startswith("TaskGroup") and "finished" in str(e))
    late.close()

    tasks = [asyncio.create_task(job(n, d, log)) for n, d in (("x", 0.3), ("y", 0.1), ("z", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))

    results = []
    for fut in asyncio.as_completed([job("p", 0.3, log), job("q", 0.1, log), job("r", 0.2, log)]):
        results.append(await fut)
    print(results)
    try:
        for fut in asyncio.as_completed([asyncio.sleep(1)], timeout=0.1):
            await fut
    except TimeoutError:
        print("as_completed timed out")

    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    coro = job("c", 0, log)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    coro.close()

    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    bg = asyncio.create_task(asyncio.sleep(0.5))
    print(len(asyncio.all_tasks()))
    await bg
    print(len(asyncio.all_tasks()))


asyncio.run(main())
