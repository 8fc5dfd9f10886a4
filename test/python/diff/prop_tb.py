class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance: {v}")
        self._balance = v

accounts = [Account(b) for b in (10, 20)]
print([a.balance for a in accounts])
data = sorted([3, -1, 2], key=lambda v: Account(v).balance)
