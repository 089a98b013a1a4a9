top = "pkg"
