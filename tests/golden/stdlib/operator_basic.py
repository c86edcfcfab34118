# operator: functions, in-place forms, itemgetter/attrgetter/methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5),
      operator.abs(-3), operator.invert(5), operator.inv(0), operator.lshift(1, 4), operator.rshift(256, 2),
      operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.not_([]), operator.truth([1]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'), operator.concat([1], [2]), operator.index(7))
print(operator.__add__(1, 2), operator.__mul__(3, 4), operator.__not__(0), operator.__getitem__([5, 6], 1))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, slice(0, 1)), operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5))
l2 = [1]
print(operator.iadd(l2, [2]), l2, operator.iadd(1, 2), operator.imul([0], 3), operator.iconcat([1], (2,)))
print(itemgetter(1)('ABCDEFG'), itemgetter(1, 3, 5)('ABCDEFG'), itemgetter(slice(2, None))('ABCDEFG'))
print(itemgetter('name')({'name': 'x'}), itemgetter(1), itemgetter(1, 'a'))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
print(sorted(inventory, key=itemgetter(1)), list(map(itemgetter(0), inventory)))
print(max(inventory, key=itemgetter(1)))
class P:
    def __init__(self, name, age): self.name, self.age, self.inner = name, age, self
    def greet(self, greeting, punct='!'): return greeting + ' ' + self.name + punct
people = [P('bob', 30), P('al', 25)]
print([p.name for p in sorted(people, key=attrgetter('age'))], attrgetter('name', 'age')(people[0]),
      attrgetter('inner.inner.name')(people[1]), attrgetter('name'), attrgetter('a.b', 'c'))
print(methodcaller('greet', 'hi')(people[0]), methodcaller('greet', 'yo', punct='?')(people[1]),
      methodcaller('upper')('abc'), methodcaller('greet', 'hi', punct='.'))
print(operator.call(len, 'abc'), operator.matmul.__name__)
for bad in ["operator.add(1)", "itemgetter()", "attrgetter(1)", "methodcaller(1)", "operator.concat(1, 2)",
            "attrgetter('nope')(1)", "itemgetter(5)([1])", "operator.indexOf([1], 2)", "operator.index(1.5)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
