ORIGIN = "local sys"
