# Exceptions in tasks: raised by await, re-raised by result(), exception(), done
# callbacks, and the traceback of an exception asyncio.run lets through (only the
# program's own frames are compared: CPython's also show its asyncio/*.py files).
import asyncio
import traceback


async def inner(n):
    await asyncio.sleep(0.1)
    raise ValueError(f"bad {n}")


async def middle(n):
    return await inner(n)


async def main():
    t = asyncio.create_task(middle(1))
    seen = []
    t.add_done_callback(lambda fut: seen.append(("callback", fut.done())))
    try:
        await t
    except ValueError as e:
        print("caught", repr(e))
    print(seen, t.done(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() re-raises", e)

    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("k"))
    print(repr(f.exception()))
    try:
        await f
    except KeyError as e:
        print("await future raised", repr(e))
    await middle(2)


def own_frames(text):
    keep = []
    for line in text.splitlines():
        if line.startswith("  File ") and "task_errors.py" not in line:
            continue
        if line.startswith("    "):
            continue
        keep.append(line)
    return "\n".join(keep)


try:
    asyncio.run(main())
except ValueError:
    print(own_frames(traceback.format_exc()))


async def fails_late():
    await asyncio.sleep(0.2)
    raise KeyError("late")


async def main2():
    await asyncio.sleep(0.1)
    print("main2 done")
    return "ok"


print(asyncio.run(main2()))
try:
    asyncio.run(fails_late())
except KeyError as e:
    print(own_frames(traceback.format_exc()))

try:
    asyncio.run(main2)
except ValueError as e:
    print(e.args[0].startswith("a coroutine was expected"))
