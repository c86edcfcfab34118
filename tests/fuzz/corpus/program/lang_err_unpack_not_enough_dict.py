d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
a, b = d
print(a, b)
for k, v in d:
    print(k, v)
