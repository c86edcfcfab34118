class Resource:
    log = []
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        Resource.log.append("open " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.log.append("close " + self.name + (" after " + exc_type.__name__ if exc_type else ""))
        return self.swallow
with Resource("a") as r:
    print("using", r.name)
with Resource("b") as b, Resource("c") as c:
    print("nested", b.name, c.name)
with Resource("d", swallow=True):
    raise ValueError("ignored")
try:
    with Resource("e"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
def early():
    with Resource("f"):
        return "returned"
print(early())
for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            break
print("\n".join(Resource.log))
