class Parser:
    def __init__(self, text):
        self.text = text
    def fields(self):
        return [self.convert(f) for f in self.text.split(",")]
    def convert(self, f):
        return int(f.strip())
print(Parser("1, 2, 3").fields())
print(Parser("4, five").fields())
