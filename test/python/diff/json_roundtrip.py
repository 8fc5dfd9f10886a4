import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "dims": {"w": 1, "h": 2.5}, "n": 10**20}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, "two", 3.0, False, None, {"k": []}], separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["dims"]["h"]).__name__, back["stock"] is None)
text = '{"users": [{"id": 1, "name": "Ann", "scores": [90, 85.5]}, {"id": 2, "name": "Bob\\u00e9", "scores": []}], "count": 2}'
obj = json.loads(text)
for u in obj["users"]:
    avg = sum(u["scores"]) / len(u["scores"]) if u["scores"] else 0
    print(f"{u['id']:>3} {u['name']:<6} {avg:6.2f}")
print(json.dumps("héllo \"q\" \n"), json.dumps("héllo", ensure_ascii=False), json.dumps({"a": float("inf")}))
for bad in ['{"a": 1,}', "[1, 2", "nope", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", (2): "x"}), json.loads("[1e3, -0.5, 12]"), json.loads('"\\ud83d\\ude00"'))
class P:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(P(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: P(**d)).y)
print(json.dumps([[1, 2], [3]], indent=4))
