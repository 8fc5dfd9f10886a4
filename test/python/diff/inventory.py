from collections import defaultdict, namedtuple

Item = namedtuple("Item", ["name", "price", "qty", "category"])

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, name, price, qty=1, category="misc"):
        if price < 0:
            raise ValueError("price must be >= 0")
        if name in self._items:
            old = self._items[name]
            self._items[name] = old._replace(qty=old.qty + qty)
        else:
            self._items[name] = Item(name, price, qty, category)
    def remove(self, name, qty=1):
        try:
            item = self._items[name]
        except KeyError:
            raise KeyError(f"no such item: {name}") from None
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        self._items[name] = item._replace(qty=item.qty - qty)
        if self._items[name].qty == 0:
            del self._items[name]
    def total_value(self):
        return sum(i.price * i.qty for i in self._items.values())
    def by_category(self):
        groups = defaultdict(list)
        for i in self._items.values():
            groups[i.category].append(i.name)
        return dict(groups)
    def report(self):
        lines = [f"{'Name':<10}|{'Price':>8}|{'Qty':>5}|{'Total':>10}", "-" * 36]
        for i in sorted(self._items.values(), key=lambda i: (-i.price * i.qty, i.name)):
            lines.append(f"{i.name:<10}|{i.price:>8.2f}|{i.qty:>5d}|{i.price * i.qty:>10,.2f}")
        lines.append(f"{'TOTAL':<10}|{'':>8}|{'':>5}|{self.total_value():>10,.2f}")
        return "\n".join(lines)
    def __len__(self): return len(self._items)
    def __contains__(self, name): return name in self._items

inv = Inventory()
inv.add("apple", 0.5, 100, "fruit")
inv.add("banana", 0.25, 150, "fruit")
inv.add("laptop", 999.99, 3, "electronics")
inv.add("pen", 1.2, 40)
inv.add("apple", 0.5, 20, "fruit")
print(inv.report())
print(inv.by_category(), len(inv), "pen" in inv)
inv.remove("laptop", 3)
print("laptop" in inv, len(inv))
for op in [lambda: inv.remove("phone"), lambda: inv.remove("pen", 99), lambda: inv.add("x", -1)]:
    try:
        op()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
it = inv._items["apple"]
print(it, it._asdict(), it._fields, it[1], it.qty)
name, price, *_ = it
print(name, price, Item._make(["z", 1, 2, "c"]))
