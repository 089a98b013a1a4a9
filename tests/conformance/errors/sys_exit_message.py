import sys
print("validating")
sys.exit("fatal: configuration missing")
