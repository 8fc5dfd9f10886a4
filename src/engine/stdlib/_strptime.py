"""datetime.strptime's parser (heapscope's own code), imported on first use.

A format is cut into pieces (whitespace runs, literal characters, directives) and
matched against the text with backtracking over how many digits each numeric
directive takes, longest first, as a regular expression built from the format would.
"""

from datetime import (timedelta, timezone, _civil, _day_number, _digits, _iso_week1_monday,
                      _DAY_NAMES, _MONTH_NAMES, _SHORT_DAYS, _SHORT_MONTHS)

# Numeric directives: (most digits, least value, greatest value).
_PARSED_NUMBERS = {"d": (2, 1, 31), "m": (2, 1, 12), "H": (2, 0, 23), "I": (2, 1, 12),
                   "M": (2, 0, 59), "S": (2, 0, 61), "Y": (4, 0, 9999), "y": (2, 0, 99),
                   "j": (3, 1, 366), "f": (6, 0, 999999), "U": (2, 0, 53), "W": (2, 0, 53),
                   "w": (1, 0, 6), "u": (1, 1, 7), "G": (4, 0, 9999), "V": (2, 1, 53)}
_PARSED_NAMES = {"a": _SHORT_DAYS, "A": _DAY_NAMES, "b": _SHORT_MONTHS, "B": _MONTH_NAMES,
                 "p": ("AM", "PM"), "Z": ("UTC", "GMT")}
_PARSED_LAYOUTS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _strptime_pieces(fmt, pieces):
    # fmt -> pieces: (" ", None) for a run of whitespace, ("=", char) for a literal,
    # ("%", code) for a directive.
    i = 0
    size = len(fmt)
    while i < size:
        char = fmt[i]
        if char.isspace():
            while i < size and fmt[i].isspace():
                i += 1
            pieces.append((" ", None))
            continue
        i += 1
        if char != "%":
            pieces.append(("=", char.lower()))
            continue
        if i >= size:
            raise ValueError("stray %% in format %r" % (fmt,))
        code = fmt[i]
        i += 1
        if code in _PARSED_LAYOUTS:
            _strptime_pieces(_PARSED_LAYOUTS[code], pieces)
        elif code == "%":
            pieces.append(("=", "%"))
        elif code in _PARSED_NUMBERS or code in _PARSED_NAMES or code == "z":
            pieces.append(("%", code))
        else:
            raise ValueError("%r is a bad directive in format %r" % (code, fmt))
    return pieces


def _number_readings(text, position, code):
    # Every way a numeric directive can read text at position, longest first.
    most, low, high = _PARSED_NUMBERS[code]
    if code == "d" and text[position:position + 1] == " ":
        digit = text[position + 1:position + 2]
        return [(int(digit), position + 2)] if "1" <= digit <= "9" else []
    end = position
    while end < len(text) and end - position < most and "0" <= text[end] <= "9":
        end += 1
    if code in "YyG":
        least = end - position if end - position == most else most + 1
    else:
        least = 1
    readings = []
    while end - position >= least:
        value = int(text[position:end])
        if low <= value <= high:
            readings.append((value if code != "f" else int(text[position:end].ljust(6, "0")),
                             end))
        end -= 1
    return readings


def _name_reading(text, position, names):
    lowered = text[position:position + 12].lower()
    best = None
    for index, name in enumerate(names):
        if name and lowered.startswith(name.lower()) and (best is None or len(name) > best[1]):
            best = (index, len(name))
    return [] if best is None else [(best[0], position + best[1])]


def _offset_reading(text, position):
    if text[position:position + 1] == "Z":
        return [(timedelta(0), position + 1)]
    sign = text[position:position + 1]
    if sign != "+" and sign != "-":
        return []
    position += 1
    hours = _digits(text, position, 2)
    position += 2
    colon = text[position:position + 1] == ":"
    position += colon
    minutes = _digits(text, position, 2)
    if hours < 0 or not 0 <= minutes <= 59:
        return []
    position += 2
    seconds = micro = 0
    if text[position:position + 1] == (":" if colon else text[position:position + 1]) and (
            _digits(text, position + colon, 2) >= 0):
        position += colon
        seconds = _digits(text, position, 2)
        if seconds > 59:
            return []
        position += 2
        if text[position:position + 1] == ".":
            end = position + 1
            while end < len(text) and end - position <= 6 and "0" <= text[end] <= "9":
                end += 1
            if end == position + 1:
                return []
            micro = int(text[position + 1:end].ljust(6, "0"))
            position = end
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=micro)
    return [(-offset if sign == "-" else offset, position)]


def _strptime_match(text, position, pieces, index, found):
    # Backtracking over the readings of each directive (the longest first), as a regular
    # expression built from the format would; True when the whole text is consumed.
    while index < len(pieces):
        kind, code = pieces[index]
        if kind == " ":
            if position >= len(text) or not text[position].isspace():
                return False
            while position < len(text) and text[position].isspace():
                position += 1
        elif kind == "=":
            if text[position:position + 1].lower() != code:
                return False
            position += 1
        else:
            if code in _PARSED_NUMBERS:
                readings = _number_readings(text, position, code)
            elif code == "z":
                readings = _offset_reading(text, position)
            else:
                readings = _name_reading(text, position, _PARSED_NAMES[code])
            if not readings:
                return False
            if code == "Z":
                readings = [(text[position:readings[0][1]], readings[0][1])]
            for value, after in readings[:-1]:
                found[code] = value
                if _strptime_match(text, after, pieces, index + 1, found):
                    return True
            found[code], position = readings[-1]
        index += 1
    found["rest"] = position
    return True


def _strptime_fields(text, fmt):
    for argument, value in ((1, text), (2, fmt)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (argument, type(value).__name__))
    found = {}
    if not _strptime_match(text, 0, _strptime_pieces(fmt, []), 0, found):
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if found["rest"] != len(text):
        raise ValueError("unconverted data remains: %s" % text[found["rest"]:])
    return found


def _strptime_datetime(cls, text, fmt):
    found = _strptime_fields(text, fmt)
    year = found.get("Y")
    if year is None:
        short = found.get("y")
        year = 1900 if short is None else (2000 + short if short < 69 else 1900 + short)
    month = found.get("m") or found.get("b") or found.get("B") or 1
    day = found.get("d", 1)
    weekday = None                      # Monday is 0
    if "a" in found or "A" in found:
        weekday = found.get("a", found.get("A"))
    elif "w" in found:
        weekday = (found["w"] - 1) % 7
    elif "u" in found:
        weekday = found["u"] - 1
    number = None
    if "j" in found:
        number = _day_number(year, 1, 1) + found["j"] - 1
    elif weekday is not None and "G" in found and "V" in found:
        number = _iso_week1_monday(found["G"]) + (found["V"] - 1) * 7 + weekday
    elif weekday is not None and ("U" in found or "W" in found) and (
            "Y" in found or "y" in found):
        # Days and weeks counted from the week's first day (Sunday for %U, Monday for %W);
        # week 1 starts on the year's first such day, week 0 counts back from 1 January.
        jan1 = _day_number(year, 1, 1)
        shift = 1 if "U" in found else 0
        week = found["U"] if "U" in found else found["W"]
        jan1_weekday = (jan1 + 6 + shift) % 7
        weekday = (weekday + shift) % 7
        if week == 0:
            number = jan1 + weekday - jan1_weekday
        else:
            number = jan1 + (7 - jan1_weekday) % 7 + (week - 1) * 7 + weekday
    if number is not None:
        year, month, day = _civil(number)
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12
        if found.get("p") == 1:
            hour += 12
    zone = None
    if "z" in found:
        zone = timezone(found["z"], found["Z"]) if "Z" in found else timezone(found["z"])
    return cls(year, month, day, hour, found.get("M", 0), found.get("S", 0),
               found.get("f", 0), zone)
