# random: CPython's Mersenne Twister streams for seeded generators, bit for bit
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(5)],
      [random.randrange(10, 0, -3) for _ in range(5)])
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice(range(100)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10**6), 7))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices('abc', k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=6),
      random.choices('xyz', cum_weights=[1, 5, 6], k=4))
print([random.uniform(-1, 1) for _ in range(3)], random.triangular(), random.triangular(0, 10, 8))
print([random.gauss(0, 1) for _ in range(5)], random.gauss(), random.normalvariate(), random.normalvariate(10, 2))
print(random.lognormvariate(0, 0.5), random.expovariate(2.5), random.vonmisesvariate(1.0, 4.0),
      random.paretovariate(3), random.weibullvariate(1, 1.5))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.5)], random.betavariate(2, 5))
print(random.getrandbits(1), random.getrandbits(16), random.getrandbits(32), random.getrandbits(40),
      random.getrandbits(63), random.randbytes(6))
for seed in [0, 1, 12345, 2**32 - 1, 2**32, 2**40 + 7, 9223372036854775807, -5, True, 3.5, -1.0, 'hello', b'bytes', '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 1000))
r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100), type(r1).__name__)
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])
r1.gauss(); st2 = r1.getstate(); g1 = r1.gauss(); r1.setstate(st2); print(g1 == r1.gauss())
random.seed(2024)
print(sum(random.random() for _ in range(10000)))
print([random.randint(0, 2**40) for _ in range(3)])
x = [1, 2, 3, 4, 5]
random.seed(1); random.shuffle(x); print(x)
