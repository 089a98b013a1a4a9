class Abort(SystemExit):
    pass
print("aborting")
raise Abort(5)
