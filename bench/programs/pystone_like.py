# A pystone-like benchmark: records with attributes, small procedures, integer loops,
# globals and string comparison (written for heapscope in the spirit of Dhrystone).
IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(1, 6)


class Record:
    def __init__(self, ptr=None, discr=0, enum=0, intcomp=0, strcomp=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.intcomp = intcomp
        self.strcomp = strcomp

    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.intcomp, self.strcomp)


glob_int = 0
glob_bool = False
glob_char1 = "\0"
glob_char2 = "\0"
glob_arr1 = [0] * 51
glob_arr2 = [[0] * 51 for _ in range(51)]
glob_ptr = None
glob_next = None


def func1(c1, c2):
    loc1 = c1
    loc2 = loc1
    if loc2 != c2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    loc = 1
    ch = "A"
    while loc <= 1:
        if func1(s1[loc], s2[loc + 1]) == IDENT1:
            ch = "A"
            loc = loc + 1
    if "W" <= ch <= "Z":
        loc = 7
    if ch == "X":
        return True
    if s1 > s2:
        loc = loc + 7
        return True
    return False


def func3(e):
    return e == IDENT3


def proc7(a, b):
    return b + a + 2


def proc8(arr1, arr2, a, b):
    global glob_int
    loc = a + 5
    arr1[loc] = b
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        arr2[loc][idx] = loc
    arr2[loc][loc - 1] = arr2[loc][loc - 1] + 1
    arr2[loc + 20][loc] = arr1[loc]
    glob_int = 5


def proc6(e):
    out = e
    if not func3(e):
        out = IDENT4
    if e == IDENT1:
        out = IDENT1
    elif e == IDENT2:
        out = IDENT1 if glob_int > 100 else IDENT4
    elif e == IDENT3:
        out = IDENT2
    elif e == IDENT5:
        out = IDENT3
    return out


def proc3(ptr):
    global glob_ptr
    if glob_ptr is not None:
        ptr = glob_ptr.ptr
    glob_ptr.intcomp = proc7(10, glob_int)
    return ptr


def proc1(ptr):
    nxt = ptr.ptr = glob_ptr.copy()
    ptr.intcomp = 5
    nxt.intcomp = ptr.intcomp
    nxt.ptr = ptr.ptr
    nxt.ptr = proc3(nxt.ptr)
    if nxt.discr == IDENT1:
        nxt.intcomp = 6
        nxt.enum = proc6(ptr.enum)
        nxt.ptr = glob_ptr.ptr
        nxt.intcomp = proc7(nxt.intcomp, 10)
    else:
        ptr = nxt.copy()
    nxt.ptr = None
    return ptr


def proc2(x):
    loc = x + 10
    while True:
        if glob_char1 == "A":
            loc = loc - 1
            x = loc - glob_int
            enum = IDENT1
        if enum == IDENT1:
            break
    return x


def proc4():
    global glob_char2
    b = glob_char1 == "A"
    b = b or glob_bool
    glob_char2 = "B"


def proc5():
    global glob_char1, glob_bool
    glob_char1 = "A"
    glob_bool = False


def pystones(loops):
    global glob_int, glob_bool, glob_char1, glob_char2, glob_ptr, glob_next
    glob_next = Record()
    glob_ptr = Record(glob_next, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    glob_arr2[8][7] = 10
    checksum = 0
    for i in range(loops):
        proc5()
        proc4()
        a = 2
        b = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        e = IDENT2
        glob_bool = not func2(s1, s2)
        while a < b:
            c = 5 * a - b
            c = proc7(a, b)
            a = a + 1
        proc8(glob_arr1, glob_arr2, a, c)
        glob_ptr = proc1(glob_ptr)
        ch = "A"
        while ch <= glob_char2:
            if e == func1(ch, "C"):
                e = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        b = b * a
        a = b // a
        b = 7 * (b - a) - a
        a = proc2(a)
        checksum = (checksum * 31 + a + b + c + e + glob_int) % 1000003
    return checksum


print(pystones(60000), glob_arr2[8][7], glob_ptr.intcomp)
