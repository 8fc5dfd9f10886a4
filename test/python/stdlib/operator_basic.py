import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(4), operator.pos(-4), operator.abs(-3), operator.pow(2, 10), operator.not_(0), operator.truth([1]))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2), operator.invert(5))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {'a': 1}
operator.setitem(d, 'b', 2); print(operator.getitem(d, 'b')); operator.delitem(d, 'a'); print(d)
print(operator.iadd([1], [2]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
rows = [('bob', 30, 'x'), ('alice', 25, 'y'), ('carol', 35, 'z')]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))("hello"))
print(list(map(itemgetter('k'), [{'k': 1}, {'k': 2}])))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct='!'):
        return f"{greeting}, {self.name}{punct}"
people = [P('bob', 30), P('amy', 22)]
print([p.name for p in sorted(people, key=attrgetter('age'))], attrgetter('name', 'age')(people[0]), attrgetter('inner.inner.name')(people[1]))
print(methodcaller('greet', 'Hi')(people[0]), methodcaller('greet', 'Yo', punct='?')(people[1]), methodcaller('upper')('abc'))
print(itemgetter(1), attrgetter('a', 'b'), methodcaller('f', 1, k=2))
from functools import reduce
print(reduce(operator.mul, range(1, 11)))
