text = "The quick brown fox jumps over the lazy dog"
words = text.split()
print(len(words), words[::2], " ".join(reversed(words)))
print(text.lower().count("the"), text.find("fox"), text.index("dog"), text[4:9].upper())
print([w.capitalize() for w in words[:3]], max(words, key=len), sorted(words, key=len)[:3])
print(text.replace(" ", "_")[:20], text.startswith("The"), text.endswith("dog"), text.title())
csv = "name,age,city\nAnn,30,Paris\nBob,25,Rome"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *data = rows
print([dict(zip(header, r)) for r in data])
print("|".join(f"{c:^6}" for c in header))
for r in data:
    print(f"{r[0]:<5}{int(r[1]):>4}{r[2]:>7}")
print("abc".encode(), b"abc", b"x\x00y", len(b"abc"), b"ab"[0], b"ab".hex(), b"a" + b"b", repr(b"it's"))
print("ﬁ".upper() if False else "ok", "straße".lower(), "ÅÄÖ".lower(), "Ω"[0], len("日本語"), "日本語"[1], "日本語"[::-1])
print("tab\tsep".expandtabs(4), "a\\b", r"raw\n", 'q"q', "multi\
line")
print("%s has %d items totalling %.1f%%" % ("cart", 3, 45.678))
print("%5.1f|%-6s|%06d|%+.2e" % (3.14159, "ab", 42, 12345.6789))
print("{0:>{1}}".format("x", 4), "{:.{}f}".format(3.14159, 2), "{:+d} {: d}".format(5, 5))
print("x".join(["1", "2"]), "abc".zfill(6), "  spaced  ".split(" "), "a-b_c".replace("-", "_").split("_"))
