# calendar: leap years, weekdays, month ranges, iteration, and TextCalendar's text output
import calendar
from calendar import Calendar, TextCalendar

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(0, 400), calendar.leapdays(-5, 5))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(1, 1, 1), calendar.weekday(10001, 3, 4), calendar.weekday(-4, 2, 29))
print([calendar.monthrange(y, m) for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 12), (9999, 12)]])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name), calendar.month_name[-1], calendar.day_abbr[2:4])
print(calendar.timegm((2024, 3, 5, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.monthcalendar(2024, 2))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9), "|", calendar.weekheader(1))

for call in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
             lambda: calendar.setfirstweekday(7), lambda: calendar.weekday(2024, 2, 30),
             lambda: calendar.weekday(2024, 13, 1), lambda: calendar.month(2024, 13)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=2))
print(repr(calendar.month(2021, 2)))
calendar.prmonth(2024, 9)
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=2, m=4))
print(calendar.calendar(1, m=5))
calendar.prcal(2000, m=2)

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)

c = Calendar(firstweekday=2)
print(list(c.iterweekdays()), c.firstweekday, c.getfirstweekday())
print(list(c.itermonthdays(2024, 3)))
print(list(c.itermonthdays2(2024, 3))[:9])
print(list(c.itermonthdays3(2024, 3))[:5], list(c.itermonthdays3(2024, 12))[-5:])
print(list(c.itermonthdays4(2024, 1))[:3])
print([d.isoformat() for d in c.itermonthdates(2024, 3)][:4])
print([[d.day for d in week] for week in c.monthdatescalendar(2024, 12)])
print(c.monthdays2calendar(2024, 2)[0])
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 4)), c.yeardatescalendar(2024, 6)[1][5][-1][-1])
print(c.yeardays2calendar(2024, 2)[0][1][0])
c.setfirstweekday(8)
print(c.firstweekday)

t = TextCalendar(calendar.SATURDAY)
print(t.formatmonth(2025, 1))
print(t.formatweekheader(4), "|", t.formatweekday(0, 10), "|", t.formatday(7, 0, 4), "|", t.formatday(0, 0, 3), "|")
print(t.formatmonthname(2025, 7, 30), "|", t.formatmonthname(2025, 7, 12, withyear=False), "|")
t.prweek(t.monthdays2calendar(2025, 1)[1], 3)
print()
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2), "|")
calendar.format(["x", "y"])
print(t.formatyear(2025, 2, 1, 3, 6))
