entries = ['10', '20', 'x']
total = 0
for s in entries:
    total += int(s)
    print(total)
