stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(token.ljust(2), stack)
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x < 3:
        queue.append(x + 10)
print(order)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "{[()()]}", ""]:
    print(repr(s), balanced(s))
