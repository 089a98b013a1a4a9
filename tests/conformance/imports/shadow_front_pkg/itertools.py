ORIGIN = "local itertools"
