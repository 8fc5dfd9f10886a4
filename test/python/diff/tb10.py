class Bad:
    def __init__(self, v):
        self.v = int(v)
objs = [Bad("1"), Bad("x")]
