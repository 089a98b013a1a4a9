from email.message import EmailMessage
msg = EmailMessage()
msg["Subject"] = "Hello there"
msg["From"] = "alice@example.com"
msg["To"] = "bob@example.com"
msg.set_content("This is the body.\nLine two.\n")
print(msg["Subject"])
print(msg.get_content_type())
print(msg.keys())
print(msg.get_content())
print(str(msg))
print(msg.as_string())
