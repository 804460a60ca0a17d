"""Python's own mail clients against the loopback servers (run by mail-server.test.ts).

Usage: python-clients.py SUBMISSION_PORT SUBMISSIONS_PORT POP3S_PORT IMAP_PORT SUBJECT
Sends one message from Alice to Bob with STARTTLS + AUTH on the submission port and one over
implicit TLS, then reads Bob's mailbox with poplib (POP3S) and imaplib (IMAP + STARTTLS), and
prints what each step saw, one line each.
"""

import email
import imaplib
import poplib
import smtplib
import ssl
import sys

submission, submissions, pop3s, imap_port = (int(port) for port in sys.argv[1:5])
subject = sys.argv[5]
# The servers' certificate is self-signed and made at start: accept it, as `curl -k` does.
context = ssl.create_default_context()
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE


def message(tag):
    return (
        "From: Alice Martin <alice@lycee.example>\r\nTo: bob@ecole.example\r\n"
        f"Subject: {subject} {tag}\r\n\r\nSent by Python's smtplib.\r\n"
    )


with smtplib.SMTP("127.0.0.1", submission, local_hostname="laptop.lycee.example") as smtp:
    smtp.starttls(context=context)
    smtp.login("alice@lycee.example", "merveilles")
    refused = smtp.sendmail("alice@lycee.example", ["bob@ecole.example"], message("starttls"))
    print("smtp starttls refused:", refused)

with smtplib.SMTP_SSL(
    "127.0.0.1", submissions, local_hostname="laptop.lycee.example", context=context
) as smtp:
    smtp.login("alice@lycee.example", "merveilles")
    refused = smtp.sendmail("alice@lycee.example", ["bob@ecole.example"], message("implicit"))
    print("smtp implicit refused:", refused)

pop = poplib.POP3_SSL("127.0.0.1", pop3s, context=context)
pop.user("bob@ecole.example")
pop.pass_("bricoleur")
count, _ = pop.stat()
for number in range(1, count + 1):
    lines = pop.retr(number)[1]
    parsed = email.message_from_bytes(b"\r\n".join(lines))
    if parsed["Subject"].startswith(subject):
        print("pop3:", parsed["Subject"])
pop.quit()

imap = imaplib.IMAP4("127.0.0.1", imap_port)
imap.starttls(ssl_context=context)
imap.login("bob@ecole.example", "bricoleur")
imap.select("INBOX", readonly=True)
_, found = imap.search(None, "SUBJECT", f'"{subject}"')
for number in found[0].split():
    _, data = imap.fetch(number, "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    print("imap:", email.message_from_bytes(data[0][1])["Subject"])
imap.logout()
