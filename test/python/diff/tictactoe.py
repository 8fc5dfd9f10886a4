LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if " " not in b else None
def show(b):
    rows = [" | ".join(b[i:i + 3]) for i in range(0, 9, 3)]
    return "\n---------\n".join(rows)
def minimax(b, player):
    w = winner(b)
    if w == "X": return 1, None
    if w == "O": return -1, None
    if w == "draw": return 0, None
    best = (-2, None) if player == "X" else (2, None)
    for i in range(9):
        if b[i] == " ":
            b[i] = player
            score, _ = minimax(b, "O" if player == "X" else "X")
            b[i] = " "
            if (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best
board = list("XO X  O  ")
print(show(board))
print(minimax(board, "X"))
board = list("X   O    ")
player = "X"
while winner(board) is None:
    _, move = minimax(board, player)
    board[move] = player
    player = "O" if player == "X" else "X"
print(show(board)); print("result:", winner(board))
