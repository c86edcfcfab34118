# Regression (issue 17): list operations that call user code (sort keys, __lt__, __eq__,
# __index__, __repr__, iteration) while that code mutates the very list. CPython's
# behaviour, including "list modified during sort", and no use-after-free.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# sort with a key that appends / clears / inspects the list
L = [3, 1, 2]
def key_append(x):
    L.append(x)
    return x
show("sort key append", lambda: L.sort(key=key_append))
print(L)

L = [3, 1, 2]
def key_clear(x):
    L.clear()
    return -x
show("sort key clear", lambda: L.sort(key=key_clear))
print(L)

L = [5, 4, 3, 2, 1]
seen = []
def key_len(x):
    seen.append(len(L))
    return x
show("sort key len", lambda: L.sort(key=key_len))
print(L, seen)

L = list(range(100, 0, -1))
def key_extend(x):
    if x == 50:
        L.extend([1, 2, 3])
    return x
show("sort long key extend", lambda: L.sort(key=key_extend, reverse=True))
print(L[:5], len(L))

# key raising: the list keeps its original order
L = [3, 1, 2]
def key_raise(x):
    if x == 2:
        raise KeyError(x)
    return x
show("sort key raises", lambda: L.sort(key=key_raise))
print(L)

# __lt__ that mutates the list it is being sorted in
class Evil:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        self.target.append(Evil(0, self.target))
        return self.v < other.v
    def __repr__(self):
        return "E%d" % self.v
M = []
M.extend([Evil(3, M), Evil(1, M), Evil(2, M)])
show("sort __lt__ append", lambda: M.sort())
print(M)

# __lt__ that raises part-way: small lists keep CPython's partial order
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise TypeError("boom")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
N = [Boom(v) for v in (5, 2, 4, 0, 1)]
show("sort __lt__ raises", lambda: N.sort())
print(N)

# sorted() of a list whose key mutates the source list
src = [3, 2, 1]
def key_src(x):
    src.append(x)
    return x
show("sorted source grows", lambda: sorted(src, key=key_src))
print(len(src))

# __index__ that clears the list it indexes
class Clear:
    def __init__(self, target, value):
        self.target = target
        self.value = value
    def __index__(self):
        self.target.clear()
        return self.value
L = [1, 2, 3, 4, 5]
show("getitem", lambda: L[Clear(L, 2)])
L = [1, 2, 3, 4, 5]
show("getitem -1", lambda: L[Clear(L, -1)])
L = [1, 2, 3, 4, 5]
def setitem():
    L[Clear(L, 2)] = 9
show("setitem", setitem)
L = [1, 2, 3, 4, 5]
def delitem():
    del L[Clear(L, 2)]
show("delitem", delitem)
L = [1, 2, 3, 4, 5]
show("pop", lambda: L.pop(Clear(L, 3)))
L = [1, 2, 3, 4, 5]
show("insert", lambda: L.insert(Clear(L, 3), 7))
print(L)
L = [1, 2, 3, 4, 5]
show("slice get", lambda: L[Clear(L, 1):5])
L = [1, 2, 3, 4, 5]
def slice_set():
    L[Clear(L, 1):5] = [7, 8]
show("slice set", slice_set)
print(L)
L = [1, 2, 3, 4, 5]
def slice_set_ext():
    L[Clear(L, 0):5:2] = [7, 8, 9]
show("extended slice set", slice_set_ext)
print(L)
L = [1, 2, 3, 4, 5]
def slice_del():
    del L[Clear(L, 1):4]
show("slice del", slice_del)
print(L)
L = [1, 2, 3, 4, 5]
def slice_del_ext():
    del L[Clear(L, 0)::2]
show("extended slice del", slice_del_ext)
print(L)

# slice assignment whose value's iteration mutates the target
L = [1, 2, 3, 4, 5]
def gen():
    L.clear()
    yield 10
    yield 11
def slice_from_gen():
    L[1:4] = gen()
show("slice set from generator", slice_from_gen)
print(L)

# __eq__ that mutates the list in remove / index / count / in / ==
class EqClear:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return True
L = [1, 2, 3]
show("remove", lambda: L.remove(EqClear(L)))
print(L)
L = [1, 2, 3]
class EqShrink:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        del self.target[-1]
        return False
    def __repr__(self):
        return "EqShrink"
show("index", lambda: L.index(EqShrink(L)))
L = [1, 2, 3, 4]
show("count", lambda: L.count(EqShrink(L)))
L = [1, 2, 3, 4]
show("in", lambda: EqShrink(L) in L)
A = [EqShrink(None), 2, 3]
B = [1, 2, 3]
A[0].target = A
show("==", lambda: A == B)
A = [1, 2, 3]
B = [EqClear(None), 2, 3]
B[0].target = B
show("== clear", lambda: A == B)
print(A, len(B))

# __repr__ that mutates the list being printed
class ReprClear:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target.clear()
        return "R"
L = [1, None, 3]
L[1] = ReprClear(L)
show("repr", lambda: repr(L))
print(L)
