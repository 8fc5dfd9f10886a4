# datetime: tzinfo subclasses (a DST zone with the default fromutc), astimezone,
# subclasses of date/datetime/timedelta, hashing, struct_time fields, the run's clock
import copy
import time as _time
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC


class Eastern(tzinfo):
    # A US-style zone: UTC-5, one hour of DST from the second Sunday of March 2:00
    # to the first Sunday of November 2:00 (local standard time).
    def _bounds(self, year):
        march = datetime(year, 3, 8, 2)
        start = march + timedelta(days=(6 - march.weekday()) % 7)
        november = datetime(year, 11, 1, 1)
        end = november + timedelta(days=(6 - november.weekday()) % 7)
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


east = Eastern()
for stamp in ["2024-03-10T06:59:00+00:00", "2024-03-10T07:00:00+00:00", "2024-07-04T16:00:00+00:00",
              "2024-11-03T05:30:00+00:00", "2024-11-03T06:30:00+00:00", "2024-12-25T12:00:00+00:00"]:
    moment = datetime.fromisoformat(stamp)
    local = moment.astimezone(east)
    print(stamp, "->", local, local.tzname(), local.dst(), repr(local))
    print("  back:", local.astimezone(timezone.utc), local == moment, local.timestamp() == moment.timestamp())
    print("  ", local.strftime("%Y-%m-%d %H:%M %Z %z"), local.timetuple().tm_isdst, tuple(local.utctimetuple()))

summer = datetime(2024, 7, 1, 12, tzinfo=east)
print(summer.utcoffset(), summer.isoformat(), summer.timetz(), summer.timetz().utcoffset())
print(datetime.fromtimestamp(1720000000, east), datetime.fromtimestamp(1720000000, timezone.utc))

# Fixed offsets
plus = timezone(timedelta(hours=5, minutes=30), "IST")
minus = timezone(-timedelta(hours=3))
a = datetime(2024, 1, 1, 12, tzinfo=plus)
b = datetime(2024, 1, 1, 3, 30, tzinfo=minus)
print(a, b, a - b, b - a, a == b, a < b, hash(a) == hash(b))
print(a.astimezone(minus), a.astimezone(UTC), a.astimezone(), b.astimezone(plus).tzname())
print(repr(plus), str(plus), plus.utcoffset(None), plus.dst(None), plus.tzname(None), str(minus))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "Z").tzname(None))
print(time(10, 30, tzinfo=plus).isoformat(), time(10, 30, tzinfo=plus).utcoffset(), time(10, tzinfo=plus) < time(5, tzinfo=UTC))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=plus), datetime(2024, 1, 1, 7, tzinfo=UTC), datetime(2024, 1, 1, 6, 31, tzinfo=UTC)]))
print(len({a, b, a.astimezone(UTC)}), {a: 1}[b])

# Subclasses keep their type through arithmetic (timedelta results are plain)
class Day(date):
    def describe(self):
        return "day %s" % self.isoformat()

class Moment(datetime):
    pass

class Span(timedelta):
    pass

d = Day(2024, 2, 28)
print(repr(d), d.describe(), type(d + timedelta(days=2)).__name__, d + timedelta(days=2), type(d.replace(day=1)).__name__)
print(type(d - Day(2024, 1, 1)).__name__, Day.fromordinal(1), type(Day.fromisoformat("2024-05-06")).__name__, type(Day.today()).__name__)
m = Moment(2024, 1, 1, 23, 59)
print(repr(m), type(m + timedelta(minutes=2)).__name__, m + timedelta(minutes=2), type(Moment.combine(d, time(1))).__name__)
s = Span(hours=3)
print(repr(s), s, type(s + s).__name__, type(s * 2).__name__, isinstance(s, timedelta))
print(copy.copy(d) == d, copy.deepcopy(m) == m, copy.copy(timedelta(5)) == timedelta(5))

# Hashing and dict keys
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), hash(time(1, 2)) == hash(time(1, 2)))
print({datetime(2024, 1, 1): "a", date(2024, 1, 1): "b"}[date(2024, 1, 1)])
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1))

# struct_time fields and ISO calendar tuple
tt = datetime(2024, 12, 31, 23, 58, 57).timetuple()
print(tt, tt.tm_year, tt.tm_yday, tt.tm_wday, tt[0:3], len(tt))
iso = date(2024, 12, 30).isocalendar()
print(iso, iso.year, iso.week, iso.weekday, iso == (2025, 1, 1), tuple(iso))

# The run's clock: now()/today()/utcnow() read time.time() (local time is UTC here)
now = datetime.now(timezone.utc)
print(type(datetime.now()).__name__, type(date.today()).__name__, type(datetime.utcnow()).__name__, now.tzinfo)
print(abs(now.timestamp() - _time.time()) < 5, datetime.today().tzinfo, datetime.now(plus).utcoffset())
