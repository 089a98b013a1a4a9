import email
from email import policy
from email.message import EmailMessage, Message
raw = """From: "Smith, John" <john@x.org>
To: a@b.com
Subject: =?utf-8?q?caf=C3=A9?= news
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="BND"

preamble text
--BND
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

caf=C3=A9 =3D ok
--BND
Content-Type: application/octet-stream; name="d.bin"
Content-Disposition: attachment; filename="d.bin"
Content-Transfer-Encoding: base64

AAECAw==
--BND--
epi
"""
m = email.message_from_string(raw)
print(m["Subject"], m.get_content_type(), m.get_boundary(), m.is_multipart(), len(m.get_payload()))
print(repr(m.preamble), repr(m.epilogue), m.get_params(), m.get_param("boundary"))
for part in m.walk():
    print(part.get_content_type(), part.get_filename(), part.get_content_disposition(), repr(part.get_payload(decode=True))[:40], part.get_content_charset())
print(m.get_payload(0).get_payload())
print(m.as_string() == raw, repr(m.as_string()[-30:]))
m2 = email.message_from_string(raw, policy=policy.default)
print(type(m2).__name__, m2["Subject"], m2["From"], m2["From"].addresses[0].display_name if hasattr(m2["From"], "addresses") else "")
body = m2.get_body(preferencelist=("plain",))
print(body.get_content())
for att in m2.iter_attachments():
    print(att.get_filename(), att.get_content())
msg = Message()
msg["X-A"] = "1"; msg["X-A"] = "2"; msg.add_header("Content-Disposition", "attachment", filename="r.txt")
print(msg.get_all("x-a"), len(msg), "x-a" in msg, msg.items())
del msg["x-a"]; print(msg.keys())
try: msg.replace_header("Nope", "v")
except KeyError as e: print("KeyError", e)
msg.replace_header("content-disposition", "inline"); print(msg.as_string())
msg.set_payload("hello"); msg.set_type("text/html"); msg.set_param("charset", "utf-8"); print(msg.as_string())
print(str(msg))
e = EmailMessage(); e["To"] = "x@y.z"; e.set_content("<p>hi</p>", subtype="html"); e.add_attachment(b"\x00\x01data", maintype="application", subtype="octet-stream", filename="a.bin")
print(e.get_content_type(), [p.get_content_type() for p in e.iter_parts()], e.is_multipart())
print(e.get_boundary() is not None)
