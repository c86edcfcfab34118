g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']), any(x > 3 for x in [1, 5]), all(x for x in []))
print(sorted((x % 3, x) for x in range(6)), tuple(c for c in 'abc'), set(i % 2 for i in range(4)))
class Noisy:
    # an explicit iterator (generator functions run eagerly in stridelab)
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        print('produce', self.i)
        self.i += 1
        return self.i - 1
gen = (v * 10 for v in Noisy(3))
print('created')
for v in gen:
    print('got', v)
print(', '.join(str(i) for i in range(4)), dict((k, k * 2) for k in 'ab'))
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
