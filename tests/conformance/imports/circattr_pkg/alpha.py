import circattr_pkg.beta as beta

LATE = "defined after importing beta"
print("alpha finished; beta saw:", beta.SEEN)
