class Config:
    def __init__(self, data):
        self.port = data["port"]
        self.host = data["host"]
c = Config({"port": 80})
