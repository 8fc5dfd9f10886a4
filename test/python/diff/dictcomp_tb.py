scores = {"ann": "90", "bob": "85", "cy": "n/a"}
print({k: int(v) for k, v in scores.items() if v.isdigit()})
avg = sum(int(v) for v in scores.values()) / len(scores)
