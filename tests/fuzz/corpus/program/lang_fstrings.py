x, y, name = 10, 3.14159, "World"
print(f"Hello {name}!", f"{x + 1}", f"{x * 2:5d}|", f"{y:.2f}", f"{y:10.3f}|", f"{name!r}", f"{name:>10}")
print(f"{x:#x} {x:b} {x:08.2f} {1234567:,} {0.5:.1%} {x!s:>4}")
width, prec = 10, 3
print(f"{y:{width}.{prec}f}|", f"{'nested':^{width}}|")
items = [1, 2, 3]
print(f"{items} {items[0]} {len(items)} {sum(items) / len(items):.2f}")
d = {"a": 1}
print(f"{d['a']} {d}")
print(f"{x=}", f"{y=:.2f}", f"{x + 1 = }")
print(f"{{literal}} {x}")
print(f"""triple {x}
line2 {name}""")
print(f"{'yes' if x > 5 else 'no'}", f"{[i * i for i in range(4)]}")
print(f"{3.0}", f"{1e20}", f"{-0.0}", f"{True}", f"{None}")
