x = 3
print x + 1
