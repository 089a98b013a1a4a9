"""Module-level state shared by all importers."""
count = 0
def hit():
    global count
    count += 1
    return count
def _private():
    return "private"
PUBLIC = "yes"
