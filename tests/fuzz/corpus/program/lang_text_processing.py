text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<10}{n:>3} {'#' * n}")
print(len(words), len(counts), sum(len(w) for w in words) / len(words))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(" ".join(w.capitalize() for w in lines[0].split()[:6]))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(text)))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "racecar" == "racecar"[::-1], "hello"[::-1])
table = [("alice", 93.5), ("bob", 78.25), ("carol", 88)]
print("+" + "-" * 18 + "+")
for name, score in table:
    print(f"| {name.title():<8} | {score:6.2f} |")
print("+" + "-" * 18 + "+")
print("%-6s|%6s|" % ("left", "right"), "{:^10}".format("mid"), "x".rjust(3, "."))
