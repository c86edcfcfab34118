# statements in a function body are charged to their own lines, once per call
def scaled(v):
    w = v * 2  # cost: allocated=96 temporaries=0/0 views=0 copies=2 hits=2
    return w
a = np.arange(6.0)  # cost: allocated=48 temporaries=0/0 views=0 copies=1
p = scaled(a)  # cost: allocated=0 temporaries=0/0 views=0 copies=1
q = scaled(a[::-1])  # cost: allocated=0 temporaries=0/0 views=0 copies=1
rows = []
for i in range(3):
    rows.append(np.zeros(4, dtype=np.int32))  # cost: allocated=48 temporaries=0/0 views=0 copies=0 hits=3
stack = np.stack(rows)  # cost: allocated=48 temporaries=0/0 views=0 copies=1
