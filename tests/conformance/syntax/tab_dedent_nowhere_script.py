# A dedent that matches no outer level is reported before the tab check.
def grade(score):
	if score > 90:
		return "A"
    else:
		return "B"
print(grade(95))
