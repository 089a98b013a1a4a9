def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case 500:
            return "server error"
        case int(c) if 400 <= c < 500:
            return "client error"
        case _:
            return "unknown"
for c in [200, 204, 302, 404, 418, 500, 999]:
    print(c, http_status(c))
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case str():
            return "string"
        case float():
            return "float"
        case _:
            return "other"
for v in [None, True, False, 0, 0.0, "", "x", 1.5, [1]]:
    print(repr(v), kind(v))
