# np.savetxt fmt forms: one format, a format per column, a multi-format string, %d/%i/%x/%g/%s/%10.3f, bad formats.
import numpy as np

a = np.array([[1.5, -2.25, 3.0], [1000.0, 0.001, -0.5]])
i = np.array([[10, -255, 7], [0, 4096, 31]])


def save(label, x, **kw):
    path = '/tmp/stridelab_golden_savetxt_fmt_' + label + '.txt'
    print('==', label)
    try:
        np.savetxt(path, x, **kw)
    except Exception as e:
        print(type(e).__name__, e)
        return
    with open(path, 'rb') as f:
        print(repr(f.read()))


save('%.3f', a, fmt='%.3f')
save('%10.4e', a, fmt='%10.4e')
save('%g', a, fmt='%g')
save('%G', a * 1e10, fmt='%G')
save('%-8.2f|', a, fmt='%-8.2f|')
save('%+.1f', a, fmt='%+.1f')
save('list of formats', a, fmt=['%d', '%.2f', '%e'])
save('tuple of formats', a, fmt=('%.1f', '%.1f', '%.1f'))
save('multi-format string', a, fmt='%.1f,%.2f;%.3f')
save('%d on floats', a, fmt='%d')
save('%d ints', i, fmt='%d')
save('%5d', i, fmt='%5d')
save('%x', np.abs(i), fmt='%x')
save('%o', np.abs(i), fmt='%o')
save('%s', i, fmt='%s')
save('%s floats', a, fmt='%s')
save('%05.1f', a, fmt='%05.1f')
save('%%', a, fmt='%.1f%%')
save('%i', i, fmt='%i')
save('%.0f', a, fmt='%.0f')
save('%e big', np.array([1e100, -1e-100]), fmt='%e')
save('wrong count list', a, fmt=['%d', '%d'])
save('wrong count string', a, fmt='%d %d')
save('no % at all', a, fmt='abc')
save('fmt int', a, fmt=3)
save('%z bad', a, fmt='%z')
