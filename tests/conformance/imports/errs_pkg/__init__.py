OK = "package fine"
