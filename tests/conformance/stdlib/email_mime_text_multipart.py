from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
m = MIMEText("hi there", "plain")
m["Subject"] = "Test"
m["From"] = "a@b.c"
print(m.as_string())
mm = MIMEMultipart()
mm["Subject"] = "multi"
mm.attach(MIMEText("part one"))
print(len(mm.get_payload()), mm.is_multipart(), mm.get_content_type())
