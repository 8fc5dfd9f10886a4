class DBError(Exception):
    def __init__(self, query, reason):
        super().__init__(query, reason)
        self.query = query
    def __str__(self):
        return f"query {self.query!r} failed: {self.args[1]}"

def run(q):
    try:
        return {"users": 3}[q.split()[-1]]
    except KeyError as e:
        raise DBError(q, "no such table") from e

print(run("select from users"))
try:
    run("select from x")
except DBError as e:
    try:
        raise RuntimeError("retry failed")
    except RuntimeError:
        print("inner handled")
    raise
