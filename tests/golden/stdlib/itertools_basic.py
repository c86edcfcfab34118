# itertools: every iterator, lazily, with CPython's orders and reprs
import itertools as it
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile
from itertools import filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest
import operator

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(2.5, 0.5), 3)))
c = count(5)
next(c); next(c)
print(c, repr(count(1, 2)), repr(count(0.5, 0.25)), count(start=3, step=2))
print(list(islice(cycle('abc'), 8)))
print(list(cycle([])))
print(list(repeat('x', 3)), repeat(7), repeat('a', 2), repeat('a', -3))
r = repeat(1, 3); next(r)
print(r)
print(list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(chain('ab', [1, 2], (3,))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 3, 1, 3]))])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])  # groupers are invalidated by advancing
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABCDEFG', None)), list(islice(range(10), 1, 9, 3)))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee('ab', 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])), list(zip_longest()))
print(list(it.product('AB', 'xy')), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('ABC', 2)), len(list(it.permutations(range(4)))))
print(list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations('abc', 0)), list(it.combinations('abc', 4)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('ab', 0)))
print(type(count()), type(chain()).__name__, type(groupby('a')).__name__)
inf = count()
print(next(x for x in inf if x * x > 50))
print(sum(1 for _ in islice(count(), 1000)))
