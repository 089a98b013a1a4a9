NAME = "upper"
def run(s): return s.upper()
