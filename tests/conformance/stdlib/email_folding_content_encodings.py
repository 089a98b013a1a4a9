from email.message import EmailMessage
from email import policy, message_from_string, message_from_bytes
from email.utils import formataddr, parseaddr, getaddresses
subjects = ["café olé", "Grüße aus München und Köln", "ünï ascii ünï", "x" * 90, "word " * 20 + "end",
            "Ça va? — très bien, merci beaucoup pour votre message très long encore plus long", "a\u00e9" * 40,
            "Re: [list] Fwd: quarterly numbers (draft v2) — please review before Friday's meeting, thanks!"]
for s in subjects:
    m = EmailMessage()
    m["Subject"] = s
    print(m.as_string(), end="")
    back = message_from_string(m.as_string(), policy=policy.default)
    print(back["Subject"] == s)
m = EmailMessage()
m["From"] = "José Núñez <jose@x.es>"
m["To"] = ["a@b.c", "Bob <b@c.d>"] if False else "a@b.c, Bob <b@c.d>"
m["Cc"] = '"Smith, J" <j@s.com>'
m["Reply-To"] = formataddr(("Help Desk", "help@x.es"))
print(m.as_string())
print(m["To"].addresses, [a.display_name for a in m["To"].addresses])
print(parseaddr(m["From"]), getaddresses([str(m["To"])]))
for s in ["Short text\n", "Line " * 30 + "\n", "ñ" * 10 + "\n", ("long ñ line " * 10 + "\n") * 3, "no newline"]:
    e = EmailMessage()
    e.set_content(s)
    print(e["Content-Transfer-Encoding"], repr(e.get_content()), repr(e.as_string().split("\n\n", 1)[1][:120]))
    print(repr(e.as_bytes()[-60:]))
e = EmailMessage()
e.set_content("hello", subtype="html", charset="us-ascii", disposition="inline", filename="x.html")
print(e.as_string())
raw = b"Subject: =?utf-8?b?w7xiZXI=?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n\xc3\xbcber alles\n"
p = message_from_bytes(raw, policy=policy.default)
print(p["subject"], repr(p.get_content()), p.get_content_charset())
print(repr(p.as_bytes()))
print(p.as_string())
c = message_from_bytes(raw)
print(c["subject"], repr(c.get_payload()), c.get_payload(decode=True))
print(c.as_string())
