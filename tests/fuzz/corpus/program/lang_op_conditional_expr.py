for n in [-2, 0, 3]:
    print('neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
y = x * 2 if x > 3 else x - 1
print(y, (1 if False else 2) + 10, [a if a % 2 else -a for a in range(5)])
f = lambda v: 'even' if v % 2 == 0 else 'odd'
print(f(4), f(7))
print(1 if [] else 2, 'yes' if 'no' else 'no')
z = (lambda: 'L') if x else None
print(z())
print(x if x > 100 else (x if x > 4 else 0))
