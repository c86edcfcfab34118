class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
class Detailed(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
for exc in [AppError("plain"), NotFound("k1"), Detailed(404, "missing")]:
    try:
        raise exc
    except AppError as e:
        print("app:", type(e).__name__, e, e.args)
    except Exception as e:
        print("generic:", e, e.code)
try:
    raise NotFound
except NotFound as e:
    print("unreachable")
except TypeError as e:
    print("TypeError:", e)
def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x
results = []
for v in [1, -2, 3]:
    try:
        results.append(check(v))
    except ValueError as e:
        results.append(str(e))
print(results)
raise Detailed(500, "server exploded")
