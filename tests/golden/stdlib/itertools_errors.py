# itertools: argument errors
import itertools as it
tests = ["it.islice([1], -1)", "it.islice([1], 1, -1)", "it.islice([1], 0, 2, 0)", "it.islice([1], 'a')",
         "it.islice([1])", "it.islice([1], 1, 2, 3, 4)", "it.islice([1], 1.5)", "it.islice([1], -2, 3)",
         "it.combinations([1], -1)", "it.permutations([1], -1)", "it.permutations([1], 'a')",
         "it.combinations_with_replacement([1], -1)", "it.tee([1], -1)", "it.count('a')", "it.count(1, 'a')",
         "it.repeat()", "it.repeat(1, 'a')", "it.product([1], repeat=-1)", "next(it.chain(1))",
         "it.accumulate([1], initial=1, x=2)", "next(it.starmap(len, [1]))", "it.groupby()", "it.compress([1])",
         "it.pairwise()", "it.cycle()", "it.takewhile(1)", "it.cycle(5)", "it.combinations('ab')"]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', type(r).__name__)
    except Exception as e:
        print(t, '-> ERR', type(e).__name__ + ':', e)
list(it.islice(range(3), 'x', 2))
