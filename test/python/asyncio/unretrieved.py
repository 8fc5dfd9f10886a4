# A task whose exception nobody reads: CPython logs "Task exception was never
# retrieved" when the task is garbage-collected; heapscope when its loop closes (the
# end of asyncio.run). Here both happen between "main done" and "after run".
# The handler below replaces the task by its name in the report (the default report
# shows the coroutine's file path, which differs between machines) and lets the
# default handler write the message and "future: ..." lines; it prints the File lines
# of the task's traceback itself (source lines differ: heapscope shows no carets).
import asyncio
import traceback


def handler(loop, context):
    context = dict(context)
    context["future"] = context["future"].get_name()
    exc = context.pop("exception")
    loop.default_exception_handler(context)
    for line in traceback.format_exception(exc):
        print(line.splitlines()[0])


async def bad():
    await asyncio.sleep(0.05)
    raise ValueError("nobody reads this")


async def good_but_read():
    raise KeyError("read")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(bad(), name="lonely")
    r = asyncio.create_task(good_but_read())
    await asyncio.sleep(0.1)
    print("main done", t.done(), repr(r.exception()))


asyncio.run(main())
print("after run")
