# An uncaught SyntaxError with a location but no message shows only its type.
print("before")
raise SyntaxError(None, ("dir/f.py", 3, 1, "x = 1\n"))
