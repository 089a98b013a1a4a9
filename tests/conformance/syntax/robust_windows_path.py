# A Windows path in an ordinary string literal: `\U` starts a 32-bit escape.
print("loading settings")
SETTINGS = "C:\Users\guest\settings.ini"
print(SETTINGS)
