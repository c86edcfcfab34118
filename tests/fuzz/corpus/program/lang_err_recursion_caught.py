def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(500))
down(0)
