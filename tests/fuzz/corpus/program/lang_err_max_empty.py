print(max([], default=0))
print(max([]))
