d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d.pop("zz", "dflt"), d, d.setdefault("a", 0), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); d.update([("w", 0)]); print(d)
del d["x"]; print(d)
for k in d: print(k, end=" ")
print()
for k, v in sorted(d.items()): print(k, v, end="; ")
print()
e = dict(a=1, b=2); f = dict([("k", "v")]); g = dict(zip("xy", [1, 2])); print(e, f, g, dict(), {})
print(dict.fromkeys("abc", 0), {i: i * i for i in range(4)}, {**e, "c": 3}, e | {"z": 9})
cnt = {}
for ch in "mississippi": cnt[ch] = cnt.get(ch, 0) + 1
print(cnt, sorted(cnt, key=cnt.get), max(cnt, key=cnt.get))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t"}, {None: 0})
print(d == {"a": 10, "c": 3, "n": [], "y": 2, "w": 0}, {1: 2} != {1: 3})
print(d.popitem(), d)
c = d.copy(); c.clear(); print(c, d)
