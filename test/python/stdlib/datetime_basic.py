# datetime basics (no clock reads): timedelta, date, time, datetime, timezone.utc
import datetime
from datetime import timedelta, date, time, datetime as dt, timezone, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# --- timedelta ---
td = timedelta(days=1, hours=2, minutes=3, seconds=4)
print(td, repr(td))
print(td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(weeks=2, milliseconds=1500), repr(timedelta(microseconds=-1)))
print(timedelta(seconds=-1), timedelta(days=-3, hours=5), timedelta(0), repr(timedelta()))
print(timedelta(days=2, microseconds=5), timedelta(hours=1.5), timedelta(days=0.25))
print(td + timedelta(hours=22), td - timedelta(days=2), -td, abs(-td), +td)
print(td * 2, 3 * td, td * 0.5, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1))
print(td % timedelta(hours=5), divmod(td, timedelta(hours=5)))
print(timedelta(hours=1) < timedelta(hours=2), timedelta(1) == timedelta(hours=24), timedelta(1) != 1)
print(sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(timedelta(days=1000, seconds=5), timedelta(days=-1000, seconds=5))
attempt(lambda: timedelta(days=10**9))
attempt(lambda: timedelta(1) / 0)

# --- date ---
d = date(2024, 1, 31)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(d.toordinal()) == d)
print(d.isoformat(), date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"))
print(d.replace(day=1), d.replace(year=2023, month=12))
print(d + timedelta(days=30), d - timedelta(days=31), timedelta(1) + d)
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1), date(2000, 1, 1) - d)
print(d < date(2024, 2, 1), d == date(2024, 1, 31), d != date(2024, 1, 30), d >= d)
print(sorted([date(2024, 5, 1), date(2020, 1, 1), date(2024, 1, 1)]))
print(hash(d) == hash(date(2024, 1, 31)), {d: "x"}[date(2024, 1, 31)])
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(d.isocalendar(), date(2021, 1, 1).isocalendar())
print(tuple(d.timetuple()))
print(d.ctime())
print(date.min, date.max, date.resolution, date.fromordinal(1))
print(d.strftime("%Y-%m-%d %B %b %A %a %j %H:%M:%S %p %y %%"))
print(date(2024, 12, 25).strftime("%d/%m/%Y is a %A in %B, day %j"), format(d, "%d %b"))
print(f"{d:%Y/%m/%d} {d}")
attempt(lambda: date(0, 1, 1))
attempt(lambda: date(10000, 1, 1))
attempt(lambda: date(2024, 13, 1))
attempt(lambda: date(2023, 2, 29))
attempt(lambda: date(2024, 0, 1))
attempt(lambda: date("2024", 1, 1))
attempt(lambda: date(2024.0, 1, 1))
attempt(lambda: date.fromisoformat("2024-1-1"))
attempt(lambda: date.fromisoformat(5))
attempt(lambda: date.fromordinal(0))
attempt(lambda: date.max + timedelta(1))
attempt(lambda: date.min - timedelta(1))
attempt(lambda: d.replace(month=13))
for y in (1900, 2000, 2023, 2024):
    print(y, date(y, 3, 1) - date(y, 2, 1))

# --- time ---
t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond)
print(time(), repr(time()), time(7, 30), repr(time(7, 30)), time(7, 30, 1))
print(t.isoformat(), t.isoformat("milliseconds"), t.isoformat(timespec="minutes"), time.fromisoformat("10:20:30.5"))
print(t.replace(hour=1), time(1) < time(2), time(3, 4) == time(3, 4), hash(time(1)) == hash(time(1)))
print(t.strftime("%H:%M:%S.%f %I %p"), bool(time(0)))
attempt(lambda: time(24))
attempt(lambda: time(1, 60))
attempt(lambda: time(1, 1, 60))
attempt(lambda: time(1, 1, 1, 10**6))
attempt(lambda: time(fold=2))
attempt(lambda: t.isoformat("x"))

# --- datetime ---
x = dt(2024, 1, 31, 13, 45, 7, 123456)
print(x, repr(x), repr(dt(2024, 1, 31)), repr(dt(2024, 1, 31, 5)))
print(x.date(), x.time(), x.year, x.hour, x.minute, x.second, x.microsecond)
print(x.isoformat(), x.isoformat(" "), x.isoformat(timespec="seconds"), str(dt(2024, 1, 1, 0, 0)))
print(dt.fromisoformat("2024-01-31T13:45:07"), dt.fromisoformat("2024-01-31 13:45:07.5"), dt.fromisoformat("2024-01-31"))
print(dt.combine(date(2020, 5, 17), time(8, 15)), dt.combine(d, t) == dt(2024, 1, 31, 13, 5, 9, 250))
print(x + timedelta(hours=12), x - timedelta(days=31, microseconds=123456))
print(x - dt(2024, 1, 1), dt(2024, 1, 1) - x, (x - dt(2024, 1, 1)).total_seconds())
print(x > dt(2024, 1, 31), x == dt(2024, 1, 31, 13, 45, 7, 123456), hash(x) == hash(dt(2024, 1, 31, 13, 45, 7, 123456)))
print(x.replace(year=2020, microsecond=0), x.weekday(), x.toordinal(), tuple(x.timetuple()))
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f %a %b %d %I:%M %p"), x.ctime())
print(isinstance(x, date), isinstance(d, dt), dt.min, dt.max)
print(type(x).__name__, type(d).__name__, type(td).__name__, type(t).__name__)
attempt(lambda: dt(2024, 2, 30))
attempt(lambda: dt(2024, 1, 1, 25))
attempt(lambda: dt.fromisoformat("2024-01-01X"))
attempt(lambda: dt.max + timedelta(1))

# --- timezone.utc (stub-level support) ---
u = dt(2024, 1, 31, 12, 0, tzinfo=timezone.utc)
print(u, repr(timezone.utc), u.utcoffset(), u.tzname(), u.isoformat())
print(u - dt(2024, 1, 31, 11, 0, tzinfo=timezone.utc))

# --- a small computation ---
start = date(2024, 1, 1)
mondays = [start + timedelta(days=i) for i in range(366) if (start + timedelta(days=i)).weekday() == 0]
print(len(mondays), mondays[0], mondays[-1])
total = sum([timedelta(minutes=m) for m in (15, 30, 45, 90)], timedelta())
print(total, total // timedelta(minutes=1))

# --- more strftime directives (C locale) ---
for x in [date(2024, 3, 5), date(2021, 1, 3), dt(2023, 12, 31, 0, 5), date(1, 1, 1), date(2024, 12, 30)]:
    print(x.strftime("%U %W %G %V %u %w %c %x %X %D %F %e %C %I %p"))
tz = timezone(timedelta(hours=-5, minutes=-30))
print(repr(tz), dt(2024, 1, 1, tzinfo=tz), dt(2024, 1, 1, tzinfo=tz).strftime("%z %Z"))
