def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
def again(n):
    return 1 + again(n)
again(1)
