class Card:
    order = '23456789TJQKA'
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return self.rank + self.suit
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
hand = [Card('K', 's'), Card('2', 'h'), Card('A', 'd'), Card('T', 'c')]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
print(Card('K', 's') in hand, hand.index(Card('A', 'd')), hand.count(Card('2', 'h')))
print(len({Card('K', 's'), Card('K', 's'), Card('K', 'h')}), {Card('A', 'd'): 1}[Card('A', 'd')])
print(Card('2', 'h') > Card('A', 'd'), Card('3', 'h') < Card('4', 'd'))
