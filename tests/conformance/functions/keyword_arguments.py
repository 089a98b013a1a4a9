def make_tag(name, content="", *, cls=None, id=None, **attrs):
    parts = [name]
    if cls: parts.append(f'class="{cls}"')
    if id: parts.append(f'id="{id}"')
    parts += [f'{k.replace("_", "-")}="{v}"' for k, v in sorted(attrs.items())]
    return f"<{' '.join(parts)}>{content}</{name}>"
print(make_tag("p", "hi"))
print(make_tag("a", "link", href="/x", cls="btn", data_id=7))
print(make_tag(content="c", name="span", id="main"))
opts = {"cls": "big", "title": "t"}
print(make_tag("div", **opts))
print(make_tag("div", "x", **{"aria_label": "close"}))
def f(a, b, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*range(5), **{"d": 0, "e": 1, "extra": 2}))
for bad in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, d=1, a=1), lambda: make_tag("p", cls="a", **{"cls": "b"})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
