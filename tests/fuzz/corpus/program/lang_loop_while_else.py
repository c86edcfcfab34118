n = 0
while n < 3:
    n += 1
else:
    print('while finished', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
print('n', n)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
x = 10
while x:
    x //= 3
    print('x', x)
items = [3, 1, 2]
while items:
    print('pop', items.pop())
