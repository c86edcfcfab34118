values = [3.0, 1.5, 0.0]
for v in values:
    print(10.0 / v)
