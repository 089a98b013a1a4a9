# An editor mixed a tab into space-indented code.
def total(values):
	result = 0
        for v in values:
		result += v
	return result


print(total([1, 2, 3]))
