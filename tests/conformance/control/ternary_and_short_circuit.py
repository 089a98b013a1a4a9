calls = []
def t(name, value):
    calls.append(name)
    return value
def run(expr_name, fn):
    calls.clear()
    result = fn()
    print(f"{expr_name:<28} result={result!r:<8} evaluated={calls}")
run("a and b", lambda: t("a", 1) and t("b", 2))
run("a(0) and b", lambda: t("a", 0) and t("b", 2))
run("a or b", lambda: t("a", 1) or t("b", 2))
run("a('') or b", lambda: t("a", "") or t("b", 2))
run("not a or b", lambda: not t("a", 1) or t("b", None))
run("a if c else b", lambda: t("a", "A") if t("c", True) else t("b", "B"))
run("a if c(False) else b", lambda: t("a", "A") if t("c", False) else t("b", "B"))
run("chain a < b < c", lambda: t("a", 1) < t("b", 0) < t("c", 5))
run("any(generator)", lambda: any(t(str(i), i > 1) for i in range(5)))
run("all(generator)", lambda: all(t(str(i), i < 1) for i in range(5)))
