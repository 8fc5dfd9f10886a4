class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount

class Account:
    interest_rate = 0.02
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), float(bal))

    @staticmethod
    def validate_owner(name):
        return name.isalpha() and name[0].isupper()

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {self._balance:>10,.2f}"

class SavingsAccount(Account):
    interest_rate = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest_rate, 2))

a = Account("Alice", 100)
a.deposit(50).withdraw(30)
print(a, repr(a))
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("Error:", e, e.balance, e.amount)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    a.balance = -1
except ValueError as e:
    print(e)
b = SavingsAccount.from_string("Bob : 12345.678")
b.add_interest()
print(b, type(b).__name__, b.history)
print(Account.validate_owner("Carol"), Account.validate_owner("dave"))
accounts = [a, b, Account("Zed", 5)]
for acc in sorted(accounts, key=lambda x: x.balance, reverse=True):
    print(acc)
print(sum(x.balance for x in accounts))
print(isinstance(b, Account), issubclass(SavingsAccount, Account))
