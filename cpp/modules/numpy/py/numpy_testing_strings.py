# numpy.testing, part 3: assert_string_equal with NumPy's message, which is built from
# difflib.Differ().compare(actual lines, desired lines). stridelab has no difflib, so the
# part of it this needs is here: SequenceMatcher without junk (Differ() passes none; the
# "popular element" autojunk of sequences of 200+ items included) and Differ's
# compare/_fancy_replace/_qformat, as CPython 3.11 computes them.


class _Matcher:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        b2j = {}
        for i in range(len(b)):
            elt = b[i]
            if elt in b2j:
                b2j[elt].append(i)
            else:
                b2j[elt] = [i]
        n = len(b)
        if n >= 200:
            ntest = n // 100 + 1
            for elt in [e for e in b2j if len(b2j[e]) > ntest]:
                del b2j[elt]
        self.b2j = b2j
        self._blocks = None

    def _longest(self, alo, ahi, blo, bhi):
        a = self.a
        b2j = self.b2j
        besti, bestj, bestsize = alo, blo, 0
        j2len = {}
        for i in range(alo, ahi):
            newj2len = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = j2len.get(j - 1, 0) + 1
                newj2len[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        b = self.b
        # no junk: only the popular elements removed from b2j extend a match
        while besti > alo and bestj > blo and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while besti + bestsize < ahi and bestj + bestsize < bhi and a[besti + bestsize] == b[bestj + bestsize]:
            bestsize += 1
        return besti, bestj, bestsize

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        found = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = self._longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        found.sort()
        i1 = j1 = k1 = 0
        merged = []
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        out = []
        for ai, bj, size in self.blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                out.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(('equal', ai, i, bj, j))
        return out

    def ratio(self):
        matches = 0
        for blk in self.blocks():
            matches += blk[2]
        length = len(self.a) + len(self.b)
        return 2.0 * matches / length if length else 1.0


def _dump(tag, x, lo, hi, out):
    for i in range(lo, hi):
        out.append(tag + ' ' + x[i])


def _plain_replace(a, alo, ahi, b, blo, bhi, out):
    if bhi - blo < ahi - alo:
        _dump('+', b, blo, bhi, out)
        _dump('-', a, alo, ahi, out)
    else:
        _dump('-', a, alo, ahi, out)
        _dump('+', b, blo, bhi, out)


def _keep_ws(s, tags):
    return ''.join([c if t == ' ' and c.isspace() else t for c, t in zip(s, tags)])


def _fancy_helper(a, alo, ahi, b, blo, bhi, out):
    if alo < ahi:
        if blo < bhi:
            _fancy_replace(a, alo, ahi, b, blo, bhi, out)
        else:
            _dump('-', a, alo, ahi, out)
    elif blo < bhi:
        _dump('+', b, blo, bhi, out)


def _fancy_replace(a, alo, ahi, b, blo, bhi, out):
    best_ratio, cutoff = 0.74, 0.75
    best_i = best_j = None
    eqi = eqj = None
    for j in range(blo, bhi):
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            r = _Matcher(a[i], b[j]).ratio()
            if r > best_ratio:
                best_ratio, best_i, best_j = r, i, j
    if best_ratio < cutoff:
        if eqi is None:
            _plain_replace(a, alo, ahi, b, blo, bhi, out)
            return
        best_i, best_j = eqi, eqj
    else:
        eqi = None
    _fancy_helper(a, alo, best_i, b, blo, best_j, out)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ''
        for tag, ai1, ai2, bj1, bj2 in _Matcher(aelt, belt).opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        atags = _keep_ws(aelt, atags).rstrip()
        btags = _keep_ws(belt, btags).rstrip()
        out.append('- ' + aelt)
        if atags:
            out.append('? ' + atags + '\n')
        out.append('+ ' + belt)
        if btags:
            out.append('? ' + btags + '\n')
    else:
        out.append('  ' + aelt)
    _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi, out)


def _differ_compare(a, b):
    out = []
    for tag, alo, ahi, blo, bhi in _Matcher(a, b).opcodes():
        if tag == 'replace':
            _fancy_replace(a, alo, ahi, b, blo, bhi, out)
        elif tag == 'delete':
            _dump('-', a, alo, ahi, out)
        elif tag == 'insert':
            _dump('+', b, blo, bhi, out)
        else:
            _dump(' ', a, alo, ahi, out)
    return out


def assert_string_equal(actual, desired):
    if not isinstance(actual, str):
        raise AssertionError(repr(type(actual)))
    if not isinstance(desired, str):
        raise AssertionError(repr(type(desired)))
    if desired == actual:
        return
    diff = _differ_compare(actual.splitlines(True), desired.splitlines(True))
    diff_list = []
    while diff:
        d1 = diff.pop(0)
        if d1.startswith('  '):
            continue
        if d1.startswith('- '):
            lines = [d1]
            d2 = diff.pop(0)
            if d2.startswith('? '):
                lines.append(d2)
                d2 = diff.pop(0)
            if not d2.startswith('+ '):
                raise AssertionError(repr(d2))
            lines.append(d2)
            if diff:
                d3 = diff.pop(0)
                if d3.startswith('? '):
                    lines.append(d3)
                else:
                    diff.insert(0, d3)
            if d2[2:] == d1[2:]:
                continue
            diff_list.extend(lines)
            continue
        raise AssertionError(repr(d1))
    if not diff_list:
        return
    msg = 'Differences in strings:\n' + ''.join(diff_list).rstrip()
    if actual != desired:
        raise AssertionError(msg)
