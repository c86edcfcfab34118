data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5])
print(y)
i = 0
while (i := i + 1) < 4:
    print('i', i)
print((a := 3) + a)
