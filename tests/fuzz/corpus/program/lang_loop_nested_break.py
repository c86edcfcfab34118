found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
for i in range(4):
    for j in range(4):
        if j > i:
            continue
        count += 1
print(count)
def first_match(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(first_match([[1, 2], [3, 4]], 3), first_match([[1]], 9))
lst = [1, 2, 3]
for v in lst:
    if v == 2:
        lst.append(4)
    print(v)
