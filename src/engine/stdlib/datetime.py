"""Dates, times, durations and fixed-offset time zones (heapscope's own implementation).

Calendar arithmetic counts days from 0001-01-01 (day 1, proleptic Gregorian). The
conversion shifts each year to start on 1 March, so the leap day is the last day of a
counting year and a 400-year era always holds 146097 days. The run's clock is
time.time(); the local time zone is UTC.
"""

import time as _time
from math import modf as _modf

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_LAST_DAY = 3652059            # day number of 9999-12-31
_EPOCH_DAY = 719163            # day number of 1970-01-01
_DAY_US = 86400000000
_DAY_LIMIT = 999999999
_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_KEEP = object()               # an argument not given (replace() keeps the field)


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _leap(year):
        return 29
    return _MONTH_LENGTHS[month]


def _day_number(year, month, day):
    # Counting years start on 1 March: January and February belong to the year before.
    if month < 3:
        year -= 1
        month += 9
    else:
        month -= 3
    era, year_of_era = divmod(year, 400)
    day_of_year = (153 * month + 2) // 5 + day - 1
    return (era * 146097 + year_of_era * 365 + year_of_era // 4 - year_of_era // 100
            + day_of_year - 305)


def _civil(number):
    era, day_of_era = divmod(number + 305, 146097)
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    year = era * 400 + year_of_era
    if shifted_month < 10:
        return year, shifted_month + 3, day
    return year + 1, shifted_month - 9, day


def _iso_week1_monday(year):
    jan4 = _day_number(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_calendar(number):
    year = _civil(number)[0]
    start = _iso_week1_monday(year + 1)
    if number >= start:
        year += 1
    else:
        start = _iso_week1_monday(year)
        if number < start:
            year -= 1
            start = _iso_week1_monday(year)
    return year, (number - start) // 7 + 1, (number + 6) % 7 + 1


def _type_label(obj):
    # The name CPython's C types print in messages ('datetime.date'), or a subclass's own.
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _as_field(value):
    if isinstance(value, int):
        return value if type(value) is int else int(value)
    try:
        convert = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return convert(value)


def _checked_date(year, month, day):
    for position, (name, value) in enumerate((("year", year), ("month", month), ("day", day))):
        if value is _KEEP:
            raise TypeError("function missing required argument '%s' (pos %d)"
                            % (name, position + 1))
    year, month, day = _as_field(year), _as_field(month), _as_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _checked_clock(hour, minute, second, microsecond, fold):
    hour, minute, second = _as_field(hour), _as_field(minute), _as_field(second)
    microsecond, fold = _as_field(microsecond), _as_field(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_zone(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _checked_offset(offset, method):
    # What a tzinfo's utcoffset()/dst() returned: None or a timedelta under a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -_DAY_US < offset._us_total() < _DAY_US:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24), not %r." % (offset,))
    return offset


def _round_half_even(numerator, denominator):
    quotient, rest = divmod(numerator, denominator)
    twice = 2 * rest
    if twice > denominator or (twice == denominator and quotient & 1):
        quotient += 1
    return quotient


def _offset_text(offset, separator):
    # "+HH:MM" (":SS" and ".ffffff" only when present); separator "" gives %z's form.
    if offset is None:
        return ""
    total = offset._us_total()
    sign = "+"
    if total < 0:
        sign, total = "-", -total
    seconds, micro = divmod(total, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, separator, minutes)
    if seconds or micro:
        text += "%s%02d" % (separator, seconds)
        if micro:
            text += ".%06d" % micro
    return text


def _clock_text(hour, minute, second, micro, timespec):
    if timespec == "auto":
        timespec = "microseconds" if micro else "seconds"
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, micro)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, micro // 1000)
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "hours":
        return "%02d" % hour
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------- timedelta

def _new_delta(cls, total_us):
    days, rest = divmod(total_us, _DAY_US)
    if not -_DAY_LIMIT <= days <= _DAY_LIMIT:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _DAY_LIMIT))
    seconds, micro = divmod(rest, 1000000)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    return self


# (keyword, microseconds per unit), in the order CPython reports a bad component.
_DELTA_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000),
                ("minutes", 60000000), ("hours", 3600000000), ("days", _DAY_US),
                ("weeks", 7 * _DAY_US))


def _delta_total(values):
    # Integer parts are exact; fractional parts are summed as floats and the total is
    # rounded half to even once, which is what CPython's constructor observably does.
    whole = 0
    spill = 0.0
    for (name, unit), value in zip(_DELTA_UNITS, values):
        if isinstance(value, int):
            whole += value * unit
        elif isinstance(value, float):
            fraction, integral = _modf(value)
            whole += int(integral) * unit
            if fraction:
                fraction, integral = _modf(fraction * unit)
                whole += int(integral)
                spill += fraction
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (name, type(value).__name__))
    if spill:
        floor = int(spill // 1)
        rest = spill - floor
        whole += floor
        if rest > 0.5 or (rest == 0.5 and whole & 1):
            whole += 1
    return whole


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""
    __heapscope_tp_name__ = "datetime.timedelta"

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            total = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds)
                     * 1000000 + milliseconds * 1000 + microseconds)
        else:
            total = _delta_total((microseconds, milliseconds, seconds, minutes, hours,
                                  days, weeks))
        return _new_delta(cls, total)

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us_total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us_total() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_label(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "" if self._days in (1, -1) else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(timedelta, self._us_total() + other._us_total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(timedelta, self._us_total() - other._us_total())
        return NotImplemented

    def __neg__(self):
        return _new_delta(timedelta, -self._us_total())

    def __pos__(self):
        return _new_delta(timedelta, self._us_total())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_delta(timedelta, self._us_total() * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _new_delta(timedelta, _round_half_even(self._us_total() * top, bottom))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us_total()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._us_total() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_delta(timedelta, _round_half_even(self._us_total(), other)
                              if other > 0 else _round_half_even(-self._us_total(), -other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            if top == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if top < 0:
                top, bottom = -top, -bottom
            return _new_delta(timedelta, _round_half_even(self._us_total() * bottom, top))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us_total()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us_total() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_delta(timedelta, self._us_total() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us_total()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _new_delta(timedelta, self._us_total() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us_total()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            quotient, rest = divmod(self._us_total(), divisor)
            return quotient, _new_delta(timedelta, rest)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() == other._us_total()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() != other._us_total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() < other._us_total()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() <= other._us_total()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() > other._us_total()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() >= other._us_total()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = _new_delta(timedelta, -_DAY_LIMIT * _DAY_US)
timedelta.max = _new_delta(timedelta, (_DAY_LIMIT + 1) * _DAY_US - 1)
timedelta.resolution = _new_delta(timedelta, 1)


# ---------------------------------------------------------------- tzinfo, timezone

class tzinfo:
    """Abstract base class for time zone information."""
    __heapscope_tp_name__ = "datetime.tzinfo"

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # The documented default: shift by the standard offset, then by the DST found
        # at the shifted moment.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt._tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = offset - saving
        if standard:
            dt = dt + standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + saving


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __heapscope_tp_name__ = "datetime.timezone"

    def __new__(cls, offset, name=_KEEP):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _KEEP:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_DAY_US < offset._us_total() < _DAY_US:
            raise ValueError("offset must be a timedelta strictly between"
                             " -timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        if name is None and not offset and cls is timezone:
            return timezone.utc
        return _new_zone(cls, offset, name)

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def tzname(self, dt):
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            if not self._offset:
                return "UTC"
            return "UTC" + _offset_text(self._offset, ":")
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        label = _type_label(self)
        if self._name is None:
            return "%s(%r)" % (label, self._offset)
        return "%s(%r, %r)" % (label, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


def _new_zone(cls, offset, name):
    self = tzinfo.__new__(cls)
    self._offset = offset
    self._name = name
    return self


timezone.utc = _new_zone(timezone, timedelta(0), None)
timezone.min = _new_zone(timezone, timedelta(hours=-23, minutes=-59), None)
timezone.max = _new_zone(timezone, timedelta(hours=23, minutes=59), None)
UTC = timezone.utc
_LOCAL_ZONE = _new_zone(timezone, timedelta(0), "UTC")


# ---------------------------------------------------------------- struct_time, IsoCalendarDate

class _StructTime(tuple):
    # Stands in for time.struct_time (the time module has none here): same repr and fields.
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
               "tm_yday", "tm_isdst")

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % pair for pair in zip(self._fields, self))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: None)
    tm_gmtoff = property(lambda self: None)


_StructTime.__name__ = _StructTime.__qualname__ = "struct_time"
_StructTime.__module__ = "time"


def _struct_time(fields):
    native = getattr(_time, "struct_time", None)
    if native is not None:
        return native(fields)
    return _StructTime(fields)


class IsoCalendarDate(tuple):
    """The result of isocalendar(): (year, week, weekday) with names."""
    __heapscope_tp_name__ = "datetime.IsoCalendarDate"

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_label(self), *self)

    def __reduce__(self):
        return tuple, (tuple(self),)


# ---------------------------------------------------------------- strftime

_SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SHORT_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                 "Nov", "Dec")
# Numeric directives: (default width, pads with spaces). Years are never padded by default.
_NUMERIC = {"d": (2, False), "e": (2, True), "H": (2, False), "I": (2, False),
            "k": (2, True), "l": (2, True), "j": (3, False), "m": (2, False),
            "M": (2, False), "S": (2, False), "y": (2, False), "g": (2, False),
            "U": (2, False), "W": (2, False), "V": (2, False), "u": (1, False),
            "w": (1, False), "Y": (1, False), "G": (1, False), "C": (1, False),
            "s": (1, False)}
_COMPOSITE = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "F": "%Y-%m-%d",
              "x": "%m/%d/%y", "X": "%H:%M:%S", "T": "%H:%M:%S", "R": "%H:%M",
              "r": "%I:%M:%S %p"}


class _Moment:
    # The broken-down fields strftime reads (a date gives midnight; a time 1900-01-01).
    def __init__(self, year, month, day, hour, minute, second, micro, zone_owner):
        self.year, self.month, self.day = year, month, day
        self.hour, self.minute, self.second, self.micro = hour, minute, second, micro
        self.number = _day_number(year, month, day)
        self.zone_owner = zone_owner

    def numeric(self, code):
        if code == "d" or code == "e":
            return self.day
        if code == "H" or code == "k":
            return self.hour
        if code == "I" or code == "l":
            return (self.hour + 11) % 12 + 1
        if code == "M":
            return self.minute
        if code == "S":
            return self.second
        if code == "m":
            return self.month
        if code == "Y":
            return self.year
        if code == "y":
            return self.year % 100
        if code == "C":
            return self.year // 100
        yday = self.number - _day_number(self.year, 1, 1)
        weekday = (self.number + 6) % 7
        if code == "j":
            return yday + 1
        if code == "u":
            return weekday + 1
        if code == "w":
            return (weekday + 1) % 7
        if code == "U":
            return (yday + 7 - (weekday + 1) % 7) // 7
        if code == "W":
            return (yday + 7 - weekday) // 7
        if code == "s":
            return ((self.number - _EPOCH_DAY) * 86400 + self.hour * 3600
                    + self.minute * 60 + self.second)
        iso = _iso_calendar(self.number)
        if code == "V":
            return iso[1]
        if code == "G":
            return iso[0]
        return iso[0] % 100

    def text(self, code):
        if code == "a":
            return _SHORT_DAYS[(self.number + 6) % 7]
        if code == "A":
            return _DAY_NAMES[(self.number + 6) % 7]
        if code == "b" or code == "h":
            return _SHORT_MONTHS[self.month]
        if code == "B":
            return _MONTH_NAMES[self.month]
        if code == "p":
            return "AM" if self.hour < 12 else "PM"
        if code == "P":
            return "am" if self.hour < 12 else "pm"
        if code == "n":
            return "\n"
        if code == "t":
            return "\t"
        if code == "f":
            return "%06d" % self.micro
        owner = self.zone_owner
        if code == "z":
            return "" if owner is None else _offset_text(owner.utcoffset(), "")
        if code == "Z":
            if owner is None:
                return ""
            name = owner.tzname()
            return "" if name is None else name
        return None


def _strftime(fmt, moment):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    size = len(fmt)
    start = 0
    i = fmt.find("%")
    while i >= 0:
        out.append(fmt[start:i])
        j = i + 1
        flag = ""
        while j < size and fmt[j] in "-_0^#":
            flag = fmt[j]
            j += 1
        width = 0
        while j < size and "0" <= fmt[j] <= "9":
            width = width * 10 + ord(fmt[j]) - 48
            j += 1
        if j < size and fmt[j] in "EO" and j + 1 < size and fmt[j + 1] in "cCxXyYdeHImMSuUVwWy":
            j += 1
        if j >= size:
            out.append(fmt[i:])
            start = size
            break
        code = fmt[j]
        start = j + 1
        if code == "%":
            out.append("%")
        elif code in _COMPOSITE:
            out.append(_strftime(_COMPOSITE[code], moment))
        elif code in _NUMERIC:
            default, spaced = _NUMERIC[code]
            value = moment.numeric(code)
            digits = str(abs(value))
            pad = max(width or default, 0) - len(digits) - (value < 0)
            if flag == "-" or pad <= 0:
                piece = digits
            elif flag == "_" or (spaced and flag != "0"):
                piece = " " * pad + digits
            else:
                piece = "0" * pad + digits
            out.append("-" + piece if value < 0 else piece)
        else:
            piece = moment.text(code)
            if piece is None:
                out.append(fmt[i:start])
            else:
                if flag == "^" or (flag == "#" and code in "aAbBh"):
                    piece = piece.upper()
                elif flag == "#" and code in "pZ":
                    piece = piece.lower()
                if width > len(piece):
                    piece = ("0" if flag == "0" else " ") * (width - len(piece)) + piece
                out.append(piece)
        i = fmt.find("%", start)
    out.append(fmt[start:])
    return "".join(out)


def _format_spec(obj, spec):
    if not isinstance(spec, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % type(spec).__name__)
    if spec:
        return obj.strftime(spec)
    return str(obj)


# ---------------------------------------------------------------- ISO 8601 parsing

def _digits(text, start, count):
    # The integer written by text[start:start+count], or -1 when those are not all digits.
    piece = text[start:start + count]
    if len(piece) != count or not piece.isdigit() or not piece.isascii():
        return -1
    return int(piece)


def _parse_iso_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None when malformed.
    year = _digits(text, 0, 4)
    if year < 0:
        return None
    size = len(text)
    dashed = size > 4 and text[4] == "-"
    rest = text[5:] if dashed else text[4:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        if week < 0:
            return None
        if len(rest) == 3:
            day = 1
        elif len(rest) == (5 if dashed else 4) and (not dashed or rest[3] == "-"):
            day = _digits(rest, len(rest) - 1, 1)
            if day < 0:
                return None
        else:
            return None
        return _from_iso_week(year, week, day)
    if dashed:
        if len(rest) != 5 or rest[2] != "-":
            return None
        month, day = _digits(rest, 0, 2), _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        month, day = _digits(rest, 0, 2), _digits(rest, 2, 2)
    if month < 0 or day < 0:
        return None
    return year, month, day


def _from_iso_week(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        if week != 53 or _iso_calendar(_day_number(year, 12, 28))[1] != 53:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _civil(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _iso_date_length(text):
    # Where the date part of an ISO datetime string ends (3.11's accepted layouts).
    if len(text) == 7:
        return 7
    if text[4:5] == "-":
        if text[5:6] == "W":
            return 10 if text[8:9] == "-" else 8
        return 10
    if text[4:5] == "W":
        return 8 if text[7:8].isdigit() else 7
    return 8


def _parse_iso_clock(text):
    # HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]] -> [hour, minute, second, micro] or None.
    fields = [0, 0, 0, 0]
    position = 0
    size = len(text)
    colons = size > 2 and text[2] == ":"
    for index in range(3):
        value = _digits(text, position, 2)
        if value < 0:
            return None
        fields[index] = value
        position += 2
        if position >= size:
            return fields
        if index < 2:
            if colons:
                if text[position] != ":":
                    break
                position += 1
            elif not text[position].isdigit():
                break
    if position >= size or text[position] not in ".,":
        return None if position < size else fields
    digits = text[position + 1:]
    if not digits or not digits.isdigit() or not digits.isascii():
        return None
    fields[3] = int((digits + "00000")[:6])
    return fields


def _parse_iso_time(text):
    # A time with an optional Z/+HH[:MM[:SS[.f]]] suffix -> (fields, tzinfo) or None.
    cut = len(text)
    for mark in "Z+-":
        found = text.find(mark)
        if 0 <= found < cut:
            cut = found
    clock = _parse_iso_clock(text[:cut])
    if clock is None:
        return None
    zone = None
    if cut < len(text):
        if text[cut] == "Z":
            if cut + 1 != len(text):
                return None
            zone = timezone.utc
        else:
            parts = _parse_iso_clock(text[cut + 1:])
            if parts is None:
                return None
            offset = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2],
                               microseconds=parts[3])
            if text[cut] == "-":
                offset = -offset
            zone = timezone(offset) if offset else timezone.utc
    return clock, zone


def _iso_argument(text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")
    return text


# ---------------------------------------------------------------- date

def _new_date(cls, year, month, day):
    if cls is date:
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        return self
    return cls(year, month, day)


def _date_from_number(cls, number):
    if not 1 <= number <= _LAST_DAY:
        raise OverflowError("date value out of range")
    year, month, day = _civil(number)
    return _new_date(cls, year, month, day)


def _seconds_to_parts(seconds):
    # A POSIX timestamp (int or float) -> (whole seconds, microseconds), rounded half to
    # even at the microsecond.
    if isinstance(seconds, float):
        if seconds != seconds:
            raise ValueError("Invalid value NaN (not a number)")
        if seconds - seconds != 0:
            raise OverflowError("timestamp out of range for platform time_t")
        fraction, whole = _modf(seconds)
        micro = round(fraction * 1000000)
        whole = int(whole)
        if micro >= 1000000:
            whole, micro = whole + 1, micro - 1000000
        elif micro < 0:
            whole, micro = whole - 1, micro + 1000000
        return whole, micro
    return _as_field(seconds), 0


def _civil_from_epoch(whole):
    if not -(1 << 63) <= whole < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    days, rest = divmod(whole, 86400)
    number = days + _EPOCH_DAY
    if not 1 <= number <= _LAST_DAY:
        year = _civil(number)[0] if -(1 << 40) < number < (1 << 40) else number // 365
        raise ValueError("year %d is out of range" % year)
    return number, rest


class date:
    """A day of the proleptic Gregorian calendar: date(year, month, day)."""
    __heapscope_tp_name__ = "datetime.date"

    def __new__(cls, year=_KEEP, month=_KEEP, day=_KEEP):
        year, month, day = _checked_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromordinal(cls, n):
        n = _as_field(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _LAST_DAY:
            raise ValueError("year %d is out of range" % _civil(n)[0])
        return cls(*_civil(n))

    @classmethod
    def fromtimestamp(cls, t):
        number = _civil_from_epoch(_seconds_to_parts(t)[0])[0]
        return cls(*_civil(number))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromisoformat(cls, date_string):
        text = _iso_argument(date_string)
        parts = _parse_iso_date(text) if len(text) in (7, 8, 10) else None
        if parts is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*parts)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_week(_as_field(year), _as_field(week), _as_field(day)))

    def toordinal(self):
        return _day_number(self._year, self._month, self._day)

    def weekday(self):
        return (_day_number(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        return (_day_number(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self.toordinal()))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_label(self), self._year, self._month, self._day)

    def ctime(self):
        number = self.toordinal()
        return "%s %s %2d 00:00:00 %04d" % (_SHORT_DAYS[(number + 6) % 7],
                                            _SHORT_MONTHS[self._month], self._day, self._year)

    def _moment(self):
        return _Moment(self._year, self._month, self._day, 0, 0, 0, 0, None)

    def strftime(self, format):
        return _strftime(format, self._moment())

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def timetuple(self):
        number = self.toordinal()
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, (number + 6) % 7,
                             number - _day_number(self._year, 1, 1) + 1, -1))

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP):
        return type(self)(self._year if year is _KEEP else year,
                          self._month if month is _KEEP else month,
                          self._day if day is _KEEP else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_number(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_number(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _new_delta(timedelta, (self.toordinal() - other.toordinal()) * _DAY_US)
        return NotImplemented

    def _order(self, other, equality):
        # -1/0/1, or None when other is no plain date (then the operator gives up).
        if isinstance(other, date) and not isinstance(other, datetime):
            mine = (self._year, self._month, self._day)
            theirs = (other._year, other._month, other._day)
            return 0 if mine == theirs else (-1 if mine < theirs else 1)
        if isinstance(other, datetime) and not equality:
            raise TypeError("can't compare %s to %s" % (_type_label(self), _type_label(other)))
        return None

    def __eq__(self, other):
        order = self._order(other, True)
        return NotImplemented if order is None else order == 0

    def __ne__(self, other):
        order = self._order(other, True)
        return NotImplemented if order is None else order != 0

    def __lt__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order < 0

    def __le__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order <= 0

    def __gt__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order > 0

    def __ge__(self, other):
        order = self._order(other, False)
        return NotImplemented if order is None else order >= 0

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _new_delta(timedelta, _DAY_US)


# ---------------------------------------------------------------- time

def _zone_call(tz, method, argument):
    if tz is None:
        return None
    return _checked_offset(getattr(tz, method)(argument), method)


def _zone_name(tz, argument):
    if tz is None:
        return None
    name = tz.tzname(argument)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


class time:
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)."""
    __heapscope_tp_name__ = "datetime.time"

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _checked_clock(hour, minute, second,
                                                                 microsecond, fold)
        _check_zone(tzinfo)
        return _new_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        text = _iso_argument(time_string)
        parsed = _parse_iso_time(text[1:] if text[:1] == "T" else text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        clock, zone = parsed
        return cls(*clock, zone)

    def utcoffset(self):
        return _zone_call(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _zone_call(self._tzinfo, "dst", None)

    def tzname(self):
        return _zone_name(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        return (_clock_text(self._hour, self._minute, self._second, self._microsecond,
                            timespec) + _offset_text(self.utcoffset(), ":"))

    __str__ = isoformat

    def __repr__(self):
        text = "%s(%d, %d" % (_type_label(self), self._hour, self._minute)
        if self._second or self._microsecond:
            text += ", %d" % self._second
        if self._microsecond:
            text += ", %d" % self._microsecond
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, format):
        return _strftime(format, _Moment(1900, 1, 1, self._hour, self._minute, self._second,
                                         self._microsecond, self))

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def replace(self, hour=_KEEP, minute=_KEEP, second=_KEEP, microsecond=_KEEP,
                tzinfo=_KEEP, *, fold=_KEEP):
        return type(self)(self._hour if hour is _KEEP else hour,
                          self._minute if minute is _KEEP else minute,
                          self._second if second is _KEEP else second,
                          self._microsecond if microsecond is _KEEP else microsecond,
                          self._tzinfo if tzinfo is _KEEP else tzinfo,
                          fold=self._fold if fold is _KEEP else fold)

    def _key(self, other):
        # Comparable keys of self and other, or None when one is aware and one naive.
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return mine, theirs
        offset, other_offset = self.utcoffset(), other.utcoffset()
        if offset is None and other_offset is None:
            return mine, theirs
        if offset is None or other_offset is None:
            return None
        return ((self._clock_us() - offset._us_total()),
                (other._clock_us() - other_offset._us_total()))

    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, test):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._key(other)
        if keys is None:
            if test is None:
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        if test is None:
            return keys[0] == keys[1]
        return test(keys[0], keys[1])

    def __eq__(self, other):
        return self._compare(other, None)

    def __ne__(self, other):
        same = self._compare(other, None)
        return same if same is NotImplemented else not same

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(self._clock_us() - offset._us_total())

    def __bool__(self):
        return True

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _new_time(cls, hour, minute, second, micro, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = micro
    self._tzinfo = tz
    self._fold = fold
    return self


_DATE_TYPE = date
_TIME_TYPE = time
time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _new_delta(timedelta, 1)


# ---------------------------------------------------------------- datetime

def _new_datetime(cls, year, month, day, hour, minute, second, micro, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = micro
        self._tzinfo = tz
        self._fold = fold
        return self
    return cls(year, month, day, hour, minute, second, micro, tz, fold=fold)


def _datetime_from_us(cls, total, tz):
    # total: microseconds since 0001-01-01T00:00 counted from day 1.
    days, rest = divmod(total, _DAY_US)
    if not 1 <= days <= _LAST_DAY:
        raise OverflowError("date value out of range")
    seconds, micro = divmod(rest, 1000000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    year, month, day = _civil(days)
    return _new_datetime(cls, year, month, day, hour, minute, second, micro, tz)


def _from_epoch(cls, t, tz):
    whole, micro = _seconds_to_parts(t)
    number, rest = _civil_from_epoch(whole)
    minutes, second = divmod(rest, 60)
    hour, minute = divmod(minutes, 60)
    year, month, day = _civil(number)
    return _new_datetime(cls, year, month, day, hour, minute, second, micro, tz)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __heapscope_tp_name__ = "datetime.datetime"

    def __new__(cls, year=_KEEP, month=_KEEP, day=_KEEP, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _checked_date(year, month, day)
        hour, minute, second, microsecond, fold = _checked_clock(hour, minute, second,
                                                                 microsecond, fold)
        _check_zone(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- construction

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_zone(tz)
        moment = _from_epoch(cls, t, None)
        if tz is None:
            return moment
        return tz.fromutc(moment.replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return _from_epoch(cls, t, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return _from_epoch(cls, _time.time(), None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _DATE_TYPE):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _TIME_TYPE):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        text = _iso_argument(date_string)
        if len(text) == 19 and text[4] == "-" and text[7] == "-" and text[13] == ":" and (
                text[16] == ":"):
            # The common YYYY-MM-DDTHH:MM:SS, read directly.
            digits = text[:4] + text[5:7] + text[8:10] + text[11:13] + text[14:16] + text[17:]
            if digits.isdigit() and digits.isascii():
                return cls(int(text[:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]),
                           int(text[14:16]), int(text[17:]))
        invalid = "Invalid isoformat string: %r" % (text,)
        if len(text) < 7:
            raise ValueError(invalid)
        cut = _iso_date_length(text)
        parts = _parse_iso_date(text[:cut])
        if parts is None:
            raise ValueError(invalid)
        clock, zone = [0, 0, 0, 0], None
        if len(text) > cut:
            parsed = _parse_iso_time(text[cut + 1:]) if len(text) > cut + 1 else None
            if parsed is None:
                raise ValueError(invalid)
            clock, zone = parsed
        return cls(*parts, *clock, zone)

    @classmethod
    def strptime(cls, date_string, format):
        # The parser is its own module, compiled only by programs that call strptime.
        from _strptime import _strptime_datetime
        return _strptime_datetime(cls, date_string, format)

    # -- parts and conversions

    def date(self):
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         None, self._fold)

    def timetz(self):
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def utcoffset(self):
        return _zone_call(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _zone_call(self._tzinfo, "dst", self)

    def tzname(self):
        return _zone_name(self._tzinfo, self)

    def _local_us(self):
        return ((((_day_number(self._year, self._month, self._day) * 24 + self._hour) * 60
                  + self._minute) * 60 + self._second) * 1000000 + self._microsecond)

    def _utc_us(self):
        # Microseconds of the UTC moment (a naive datetime is local time, which is UTC).
        offset = self.utcoffset()
        local = self._local_us()
        return local if offset is None else local - offset._us_total()

    def timestamp(self):
        if self._tzinfo is None:
            # Local time (UTC) is converted with a day's margin before it, as CPython
            # does, which steps out of range on the first day.
            if _day_number(self._year, self._month, self._day) == 1:
                raise ValueError("year 0 is out of range")
        return (self._utc_us() - _EPOCH_DAY * _DAY_US) / 1000000

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        number = self.toordinal()
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute,
                             self._second, (number + 6) % 7,
                             number - _day_number(self._year, 1, 1) + 1, flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self if offset is None else _datetime_from_us(
            datetime, self._local_us() - offset._us_total(), None)
        number = moment.toordinal()
        return _struct_time((moment._year, moment._month, moment._day, moment._hour,
                             moment._minute, moment._second, (number + 6) % 7,
                             number - _day_number(moment._year, 1, 1) + 1, 0))

    def astimezone(self, tz=None):
        _check_zone(tz)
        if tz is None:
            tz = _LOCAL_ZONE
        if self._tzinfo is tz:
            return self
        utc = _datetime_from_us(type(self), self._utc_us(), tz)
        return tz.fromutc(utc)

    # -- text

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _clock_text(self._hour, self._minute, self._second, self._microsecond,
                              timespec)
                + _offset_text(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            fields.append(self._second)
        if self._microsecond:
            fields.append(self._microsecond)
        text = "%s(%s" % (_type_label(self), ", ".join(map(str, fields)))
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return text + ")"

    def ctime(self):
        number = self.toordinal()
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _SHORT_DAYS[(number + 6) % 7], _SHORT_MONTHS[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def _moment(self):
        return _Moment(self._year, self._month, self._day, self._hour, self._minute,
                       self._second, self._microsecond, self)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP, hour=_KEEP, minute=_KEEP,
                second=_KEEP, microsecond=_KEEP, tzinfo=_KEEP, *, fold=_KEEP):
        return type(self)(self._year if year is _KEEP else year,
                          self._month if month is _KEEP else month,
                          self._day if day is _KEEP else day,
                          self._hour if hour is _KEEP else hour,
                          self._minute if minute is _KEEP else minute,
                          self._second if second is _KEEP else second,
                          self._microsecond if microsecond is _KEEP else microsecond,
                          self._tzinfo if tzinfo is _KEEP else tzinfo,
                          fold=self._fold if fold is _KEEP else fold)

    # -- arithmetic and comparison

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._local_us() + other._us_total(),
                                     self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._local_us() - other._us_total(),
                                     self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _new_delta(timedelta, self._local_us() - other._local_us())
        offset, other_offset = self.utcoffset(), other.utcoffset()
        if (offset is None) != (other_offset is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return _new_delta(timedelta, self._utc_us() - other._utc_us())

    def _order(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not equality:
                raise TypeError("can't compare %s to %s"
                                % (_type_label(self), _type_label(other)))
            return None
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._local_us(), other._local_us()
        else:
            offset, other_offset = self.utcoffset(), other.utcoffset()
            if (offset is None) != (other_offset is None):
                if equality:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            mine, theirs = self._utc_us(), other._utc_us()
        return 0 if mine == theirs else (-1 if mine < theirs else 1)

    def __hash__(self):
        offset = self.utcoffset() if not self._fold else self.replace(fold=0).utcoffset()
        local = self._local_us()
        if offset is None:
            return hash(local)
        return hash(local - offset._us_total())

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = _new_delta(timedelta, 1)
