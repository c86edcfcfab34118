# chained expressions make temporaries; in-place operators and out= make none
x = np.ones(1000)  # cost: allocated=8000 temporaries=0/0 views=0 copies=1
y = (x + 1) * 2  # cost: allocated=8000 temporaries=1/8000 views=0 copies=1
z = x * 2 + x * 3  # cost: allocated=8000 temporaries=2/16000 views=0 copies=1
x += 1
x *= 2
np.add(x, 1, out=x)
w = np.sqrt(x * x)  # cost: allocated=8000 temporaries=1/8000 views=0 copies=1
y = z  # the old y's buffer is freed by this line; no new memory
