words = ['apple', 'bob', 'cat', 'apple', 'dog', 'bob']
print({w: len(w) for w in words})
print({w: i for i, w in enumerate(words)})
print({len(w) for w in words}, sorted({w[0] for w in words}))
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x % 3 for x in range(10)})
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, {k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
