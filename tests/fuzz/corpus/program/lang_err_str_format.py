print("{} and {}".format(1, 2))
print("{} and {}".format(1))
