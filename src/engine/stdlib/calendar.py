"""Calendar arithmetic and the plain-text month and year calendars (heapscope's own code).

Weekdays are numbered from Monday (0) to Sunday (6); names are English. Dates are
proleptic Gregorian, as in datetime.
"""

__all__ = [
    # classes and errors
    "Calendar", "TextCalendar", "IllegalMonthError", "IllegalWeekdayError",
    # the module's own calendar and its settings
    "firstweekday", "setfirstweekday", "monthcalendar", "month", "prmonth",
    "calendar", "prcal", "weekheader",
    # arithmetic
    "isleap", "leapdays", "weekday", "monthrange", "timegm",
    # names
    "month_name", "month_abbr", "day_name", "day_abbr",
]

error = ValueError

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2
EPOCH = 1970
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


class _NameTable:
    # An indexable, sliceable sequence of names, like CPython's localized name lists.
    def __init__(self, names):
        self._names = list(names)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._names[index]
        return self._names[index]

    def __len__(self):
        return len(self._names)


day_name = _NameTable(_DAYS)
day_abbr = _NameTable(tuple(name[:3] for name in _DAYS))
month_name = _NameTable(_MONTHS)
month_abbr = _NameTable(tuple(name[:3] for name in _MONTHS))


def isleap(year):
    """True for leap years of the Gregorian calendar."""
    return year % 400 == 0 or (year % 100 != 0 and year % 4 == 0)


def _leaps_through(year):
    # Leap years among 1..year (extended to year <= 0 by the same rule).
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def _month_length(year, month):
    return 29 if month == 2 and isleap(year) else mdays[month]


def _days_from_epoch(year, month, day):
    # Days from 1970-01-01 to the given date: whole years, then the months of that year.
    days = (year - EPOCH) * 365 + leapdays(EPOCH, year)
    for earlier in range(1, month):
        days += _month_length(year, earlier)
    return days + day - 1


def weekday(year, month, day):
    """Weekday (0 is Monday) of year (1-9999; others folded into the 400-year cycle), month, day."""
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    # 1970-01-01 was a Thursday.
    return (_days_from_epoch(year, month, day) + THURSDAY) % 7


def monthrange(year, month):
    """(weekday of the first day, number of days) for the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_length(year, month)


def _previous_month(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _next_month(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (the inverse of time.gmtime)."""
    fields = tuple[:6]
    days = _days_from_epoch(fields[0], fields[1], 1) + fields[2] - 1
    return ((days * 24 + fields[3]) * 60 + fields[4]) * 60 + fields[5]


class Calendar:
    """Month and year layouts as weeks, starting on firstweekday (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def _lead_and_trail(self, year, month):
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - length) % 7
        return lead, length, trail

    def itermonthdays(self, year, month):
        lead, length, trail = self._lead_and_trail(year, month)
        for _ in range(lead):
            yield 0
        yield from range(1, length + 1)
        for _ in range(trail):
            yield 0

    def itermonthdays2(self, year, month):
        day_of_week = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, day_of_week % 7
            day_of_week += 1

    def itermonthdays3(self, year, month):
        lead, length, trail = self._lead_and_trail(year, month)
        before_year, before_month = _previous_month(year, month)
        before_length = _month_length(before_year, before_month)
        for day in range(before_length - lead + 1, before_length + 1):
            yield before_year, before_month, day
        for day in range(1, length + 1):
            yield year, month, day
        after_year, after_month = _next_month(year, month)
        for day in range(1, trail + 1):
            yield after_year, after_month, day

    def itermonthdays4(self, year, month):
        day_of_week = self.firstweekday
        for when in self.itermonthdays3(year, month):
            yield when + (day_of_week % 7,)
            day_of_week += 1

    def itermonthdates(self, year, month):
        import datetime
        for when in self.itermonthdays3(year, month):
            yield datetime.date(*when)

    @staticmethod
    def _weeks(days):
        return [days[start:start + 7] for start in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return self._weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return self._weeks(list(self.itermonthdays(year, month)))

    def _year_rows(self, layout, year, width):
        months = [layout(year, month) for month in range(1, 13)]
        return [months[start:start + width] for start in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._year_rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._year_rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._year_rows(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Calendars as plain text: a column of w+1 characters per day."""

    def formatday(self, day, weekday, width):
        return ("%2i" % day if day else "").center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(day, wd, width) for day, wd in theweek)

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatweekday(self, day, width):
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines.extend(self.formatweek(week, w)
                     for week in self.monthdays2calendar(theyear, themonth))
        end = "\n" * l
        return "".join(line.rstrip() + end for line in lines)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        column = 7 * (w + 1) - 1
        end = "\n" * l

        def side_by_side(cells):
            return (" " * c).join(cell.center(column) for cell in cells).rstrip() + end

        parts = [repr(theyear).center(column * m + c * (m - 1)).rstrip() + end]
        weekdays = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1), 12) + 1)
            parts.append(end)
            parts.append(side_by_side(self.formatmonthname(theyear, k, column, False)
                                      for k in months))
            parts.append(side_by_side(weekdays for _ in months))
            for index in range(max(len(weeks) for weeks in row)):
                parts.append(side_by_side(
                    self.formatweek(weeks[index], w) if index < len(weeks) else ""
                    for weeks in row))
        return "".join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


_default = TextCalendar()


def firstweekday():
    return _default.getfirstweekday()


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


def monthcalendar(year, month):
    """The month as a list of weeks; days outside the month are 0."""
    return _default.monthdayscalendar(year, month)


def prweek(theweek, width):
    _default.prweek(theweek, width)


def week(theweek, width):
    return _default.formatweek(theweek, width)


def weekheader(width):
    return _default.formatweekheader(width)


def prmonth(theyear, themonth, w=0, l=0):
    _default.prmonth(theyear, themonth, w, l)


def month(theyear, themonth, w=0, l=0):
    """The month's calendar as a multi-line string."""
    return _default.formatmonth(theyear, themonth, w, l)


def calendar(theyear, w=2, l=1, c=6, m=3):
    """The year's calendar as a multi-line string, m months side by side."""
    return _default.formatyear(theyear, w, l, c, m)


def prcal(theyear, w=0, l=0, c=6, m=3):
    _default.pryear(theyear, w, l, c, m)


_colwidth = 7 * 3 - 1
_spacing = 6


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Strings centered in columns of colwidth, spacing blanks apart."""
    return (" " * spacing).join(text.center(colwidth) for text in cols)


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print cols centered in columns (see formatstring)."""
    text = formatstring(cols, colwidth, spacing)
    print(text)
