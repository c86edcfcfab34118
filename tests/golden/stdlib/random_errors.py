# random: CPython's messages
import random
random.seed(0)
tests = ["random.randrange(0)", "random.randrange(5, 5)", "random.randrange(1, 10, 0)", "random.randrange(10, 1)",
         "random.randrange(1.5)", "random.randrange(3, step=2)", "random.randint(5, 1)", "random.choice([])",
         "random.sample({1, 2}, 1)", "random.sample([1, 2], 3)", "random.sample([1, 2], -1)",
         "random.sample([1, 2], 1, counts=[1])", "random.choices([], k=1)", "random.choices([1], [1, 2])",
         "random.choices([1], 2)", "random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2])",
         "random.choices([1, 2], weights=[0, 0])", "random.getrandbits(-1)", "random.gammavariate(0, 1)",
         "random.seed([1])", "random.setstate((1, 2, 3))", "random.setstate((3, (1, 2), None))",
         "random.expovariate(0)", "random.Random(1, 2)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '-> ERR', type(e).__name__ + ':', e)
print(random.randrange(10.0), random.randrange(2, 20.0))
