CALLS = []
def public_function(x):
    CALLS.append(x)
    return x * 2
class Helper:
    def __repr__(self):
        return f"Helper from {__name__}"
