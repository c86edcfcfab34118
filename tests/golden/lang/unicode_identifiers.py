# PEP 3131: non-ASCII identifiers, NFKC-normalised like CPython (𝒳 and X are one name,
# ﬁ is fi, fullwidth letters are ASCII), and the SyntaxError for characters that are not
# identifier characters.
π = 3.14159
café = 'crème'
Δx = 0.5
变量 = 42
𝒳 = 1
print(π, café, Δx, 变量, 𝒳, X)
ﬁle = 'ligature'
print(file)
ｆｕｌｌ = 'fullwidth'
print(full)
def größe(ä, ö=2):
    return ä * ö
print(größe(3), größe(ä=4, ö=5))
class Ωmega:
    λ = 10
print(Ωmega.λ, Ωmega().λ, getattr(Ωmega, 'λ'))
x̄ = 7  # combining macron continues an identifier
print(x̄)
names = sorted(k for k in globals() if not k.isascii())
print(names)
for src in ['€ = 1', 'a€b = 1', 'x = 1\u00a0+ 1', '1x = 2', '😀 = 3']:
    try:
        exec(src)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
