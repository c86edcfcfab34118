# views vs copies: basic slicing and reshaping view the buffer, fancy and boolean indexing copy
a = np.arange(12, dtype=np.int64)  # cost: allocated=96 temporaries=0/0 views=0 copies=1
b = a[::2]  # cost: allocated=0 temporaries=0/0 views=1 copies=0
r = a.reshape(3, 4)  # cost: allocated=0 temporaries=0/0 views=1 copies=0
t = r.T  # cost: allocated=0 temporaries=0/0 views=1 copies=0
c = a[[0, 2]]  # cost: allocated=16 temporaries=1/16 views=0 copies=1
m = a[a > 5]  # cost: allocated=48 temporaries=1/12 views=0 copies=1
d = a.copy()  # cost: allocated=96 temporaries=0/0 views=0 copies=1
f = r.ravel()  # cost: allocated=0 temporaries=0/0 views=1 copies=0
g = t.ravel()  # cost: allocated=96 temporaries=0/0 views=0 copies=1
e = a
print(b.base is a, c.base is None)
