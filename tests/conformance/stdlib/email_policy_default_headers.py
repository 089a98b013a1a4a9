from email.message import EmailMessage, Message
import email
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
m = EmailMessage()
m["Subject"] = "Report for Q3 — final"
m["From"] = "Alice <alice@example.com>"
m["To"] = "bob@example.com, carol@example.com"
m.set_content("Hi Bob,\n\nSee numbers.\n")
print(m.as_string())
print(repr(m["To"]), type(m["To"]))
print(m.get_content_type(), m.get_content_charset(), m.get_content_maintype(), m.is_multipart())
m2 = EmailMessage(); m2["Subject"]="x"; m2.set_content("caf\u00e9 ol\u00e9\n"); print(m2.as_string())
m3 = EmailMessage(); m3.set_content("a" * 100 + "\n"); print(m3.as_string())
raw = "From: a@b.c\nTo: d@e.f\nSubject: Hello\n  world\nContent-Type: text/plain; charset=\"utf-8\"\n\nBody line\n"
p = email.message_from_string(raw)
print(type(p), p["subject"], p.get_payload(), p.get_content_charset(), p.keys(), p.get("X-None", "dflt"), p.get_param("charset"))
mt = MIMEText("héllo", "plain", "utf-8"); print(mt.as_string())
mm = MIMEMultipart("alternative", boundary="XYZ"); mm["Subject"] = "multi"
mm.attach(MIMEText("plain text")); mm.attach(MIMEText("<b>html</b>", "html"))
print(mm.as_string())
for part in mm.walk(): print(part.get_content_type(), part.is_multipart())
long = Message(); long["Subject"] = "word " * 30; long.set_payload("x"); print(long.as_string())
