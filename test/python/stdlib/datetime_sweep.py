# datetime against CPython over pseudo-random dates: calendar conversions, ISO weeks, strftime, arithmetic and float rounding
from datetime import *
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
out = []
for i in range(90):
    n = rnd(3652059) + 1
    if i < 8: n = i + 1
    if 8 <= i < 16: n = 3652059 - (i - 8)
    d = date.fromordinal(n)
    dt = datetime(d.year, d.month, d.day, rnd(24), rnd(60), rnd(60), rnd(1000000) if rnd(2) else 0)
    out.append("%s %d %s %s %d %s" % (d, d.toordinal(), d.isocalendar(), d.weekday(), d.isoweekday(), d.ctime()))
    out.append(dt.strftime("%a %A %b %B %c %C %d %D %e %F %g %G %H %I %j %k %l %m %M %p %r %R %S %T %u %U %V %w %W %x %X %y %Y %f %%"))
    out.append(repr(dt) + " " + str(dt) + " " + dt.isoformat(timespec="milliseconds"))
    td = dt - datetime(2000, 1, 1)
    out.append("%s %r %s" % (td, td, td.total_seconds()))
    out.append(str(datetime.fromisoformat(dt.isoformat()) == dt))
    y, w, wd = d.isocalendar()
    out.append(str(date.fromisocalendar(y, w, wd) == d))
    if 1 < n < 3652059:
        out.append(str(datetime.utcfromtimestamp(dt.timestamp()) == dt) + " " + str(dt.timestamp()))
for i in range(60):
    a = timedelta(microseconds=rnd(10**12) - 5 * 10**11)
    b = timedelta(microseconds=rnd(10**9) + 1)
    f = (rnd(2000) - 1000) / 7.0
    out.append("%s %s %s %s %s %s %s %s" % (a, a * f, a / b, a // b, a % b, a / 3, a // 3, a / f))
    out.append(repr(timedelta(days=f, hours=f / 3, minutes=-f, seconds=f * 11, milliseconds=f / 13, microseconds=f)))
print("\n".join(out))
