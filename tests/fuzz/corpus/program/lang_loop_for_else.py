for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty loop else runs')
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print('i', i)
else:
    print('not printed')
for i, ch in enumerate('ab', start=1):
    print(i, ch)
for i in range(3):
    pass
print('after', i)
for k in {'x': 1, 'y': 2}:
    print(k)
