result = [3, 1].sort()
print(result)
result.append(1)
