for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
for i in range(3):
    pass
else:
    print("for-else ran", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while-else", n)
while True:
    n -= 1
    if n < 2:
        break
print("after", n)
x = 5
if x < 3:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x else "no", 1 if 0 else 2)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end=" | ")
print()
print(list(range(10, 0, -3)), list(range(-5)), list(range(2, 8, 2)), range(5)[1:3], range(0, 10, 2)[-1])
print(0 < x < 10, 1 < 2 > 1.5, 3 > x < 4, x == 5 == 5.0, x is not None)
print(not 0, not [], not [0], 0 or "", "" or "default", 0 and 1, 2 and 3, None or 0 or [] or "last")
