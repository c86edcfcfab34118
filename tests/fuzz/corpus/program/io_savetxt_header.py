# np.savetxt delimiter, newline, header, footer and comments; reading the file back with loadtxt.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])


def save(label, **kw):
    path = '/tmp/stridelab_golden_savetxt_header_' + label.replace(' ', '_') + '.txt'
    print('==', label)
    np.savetxt(path, a, fmt='%.2f', **kw)
    with open(path, 'rb') as f:
        print(repr(f.read()))
    return path


save('delimiter comma', delimiter=',')
save('delimiter tab', delimiter='\t')
save('delimiter multi', delimiter=' | ')
save('newline crlf', newline='\r\n')
save('newline custom', newline=';\n')
save('header', header='x y')
save('header multi-line', header='line one\nline two')
save('footer', footer='end')
save('header and footer', header='h', footer='f')
save('comments %', header='x y', comments='% ')
save('comments empty', header='col1 col2', comments='')
p = save('round trip with header', header='a b', delimiter=',')
print(repr(np.loadtxt(p, delimiter=',')))
p = save('round trip custom comment', header='a b', comments='// ')
try:
    print(repr(np.loadtxt(p)))
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.loadtxt(p, comments='//')))
