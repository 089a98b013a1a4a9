import email, email.utils
from email.message import EmailMessage
from email.header import Header, decode_header, make_header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email import policy, encoders
from email.mime.base import MIMEBase

print(decode_header("=?utf-8?q?caf=C3=A9?= news"), decode_header("plain text"))
print(decode_header("=?iso-8859-1?q?p=F6stal?= =?utf-8?b?w7xiZXI=?= end"))
print(str(make_header(decode_header("=?utf-8?q?caf=C3=A9?= news and =?utf-8?b?w7xiZXI=?="))))
h = Header("Grüße", "utf-8"); print(h.encode(), str(h))
h2 = Header("plain ascii"); h2.append(" more"); print(h2.encode(), repr(str(h2)))
print(Header("x" * 100, header_name="Subject").encode())
print(Header("word " * 25, header_name="Subject").encode())

outer = MIMEMultipart(boundary="===SEP===")
outer["Subject"] = "Monthly report"
outer["From"] = email.utils.formataddr(("Report Bot", "bot@example.org"))
outer["To"] = ", ".join(["a@x.org", "b@y.org"])
outer.preamble = "You will not see this in a MIME-aware mail reader.\n"
outer.attach(MIMEText("Totals attached.\n"))
att = MIMEApplication(b"id,total\n1,10\n2,20\n", Name="totals.csv")
att["Content-Disposition"] = 'attachment; filename="totals.csv"'
outer.attach(att)
base = MIMEBase("application", "octet-stream"); base.set_payload(b"\x00\x01\x02" * 30); encoders.encode_base64(base)
base.add_header("Content-Disposition", "attachment", filename="blob.bin"); outer.attach(base)
text = outer.as_string()
print(text)
back = email.message_from_string(text)
print(back["subject"], back.get_content_type(), len(back.get_payload()))
for part in back.walk():
    print(part.get_content_type(), part.get_filename(), part.get("Content-Transfer-Encoding"), len(part.get_payload(decode=True) or b""))
print(back.get_payload(1).get_payload(decode=True).decode())
print(back.as_string() == text)
b = back.as_bytes(); print(type(b).__name__, len(b) == len(text.encode()))

m = EmailMessage()
m["From"] = "Ann <ann@example.com>"; m["To"] = "Bo <bo@example.com>"; m["Subject"] = "Pictures"
m.set_content("Plain body\n")
m.add_alternative("<html><body><p>HTML body</p></body></html>\n", subtype="html")
print(m.get_content_type(), [p.get_content_type() for p in m.iter_parts()])
print(m.get_body(("html", "plain")).get_content(), m.get_body(("plain",)).get_content())
m2 = EmailMessage()
m2["Subject"] = "x"
try:
    m2["Subject"] = "y"
except ValueError as e:
    print(e)
m2.set_content(b"\x89PNG\r\n\x1a\nfake", maintype="image", subtype="png", filename="p.png")
print(m2.as_string())
m3 = EmailMessage(policy=policy.SMTP); m3["To"] = "z@z.z"; m3.set_content("hi\n"); print(repr(m3.as_bytes()))
print(repr(policy.default), repr(policy.SMTP), policy.default.max_line_length, policy.HTTP.max_line_length)
print(email.message_from_bytes(b"Subject: b\n\nbody").get_payload())
p = email.message_from_string("Subject: multi\n line\nX-Num: 5\n\nB", policy=policy.default)
print(repr(p["subject"]), p["x-num"], type(p).__name__, p.get_content())
