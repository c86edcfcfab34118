count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def make():
    global created
    created = 'yes'
make()
print(created)
x = 'g'
def read():
    return x
def shadow():
    x = 'local'
    return x
print(read(), shadow(), x)
def f():
    def g():
        global x
        x = 'set by g'
    g()
f()
print(x)
print(sorted(k for k in globals() if not k.startswith('__'))[:4])
