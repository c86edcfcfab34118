cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + 'a', lambda: 1 - [2], lambda: None + 1, lambda: {} + {},
    lambda: 'a' * 'b', lambda: 3 ** 'x', lambda: 1 / 'x', lambda: 'abc' / 2, lambda: -'a', lambda: ~1.5,
    lambda: 5[0], lambda: None[0], lambda: len[0], lambda: None(), lambda: 'str'(), lambda: 5(1),
    lambda: [1, 2] < 'a', lambda: None < 1, lambda: {1} < [1], lambda: 'a' > 1.5,
    lambda: len(5), lambda: len(None), lambda: int([1]), lambda: abs(None), lambda: sum(1),
    lambda: {}[[1]], lambda: hash({}), lambda: 'x'.join(5), lambda: iter(None),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
