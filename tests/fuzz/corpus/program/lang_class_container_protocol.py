class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, c):
        return c in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __reversed__(self):
        return reversed(self.cards)
d = Deck('ABCDE')
print(len(d), d[0], d[-1], d[1:3], 'C' in d, 'Z' in d, list(d), list(reversed(d)))
d[0] = 'a'
del d[1]
print(list(d), len(d), bool(d), bool(Deck([])))
for c in d:
    print(c, end=' ')
print()
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)), max(Countdown(5)))
try:
    len(Countdown(1))
except TypeError as e:
    print(type(e).__name__, e)
