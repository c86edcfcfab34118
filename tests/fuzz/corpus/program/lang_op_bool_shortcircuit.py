def t(v):
    print('eval', v)
    return v
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t('x'))
print(t([]) or t(None) or t(''))
print(t(1) or t(2))
print(not t(0), not t('a'))
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3, not 1 or 2)
print([] or {} or 'last', 'a' and [] and 'never')
x = None
print(x and x.attr, x is None or x.attr)
print(bool(0.0), bool(-0.0), bool(float('nan')), bool(' '), bool(()), bool((0,)))
