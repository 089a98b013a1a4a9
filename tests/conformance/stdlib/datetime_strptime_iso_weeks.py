# strptime with ISO week dates (%G/%V/%u), 12-hour clocks without %p, and directives that
# set the same field twice (the later one wins).
from datetime import datetime
import time

CASES = [
    ("2024-W05-3", "%G-W%V-%u"),
    ("2024 10 Mon", "%G %V %a"),
    ("2024 1 0", "%G %V %w"),
    ("2021 52 7", "%G %V %u"),
    ("2020 53 5", "%G %V %u"),
    ("2019 1 1", "%G %V %u"),
    ("2024 10", "%G %V"),
    ("2024", "%G"),
    ("10 1", "%V %u"),
    ("10", "%V"),
    ("2024 10 1", "%Y %V %u"),
    ("2024 10 1 5", "%G %V %u %j"),
    ("2024 10 3 1", "%G %V %U %u"),
    ("12:30", "%I:%M"),
    ("12:30 AM", "%I:%M %p"),
    ("12:30 pm", "%I:%M %p"),
    ("07:05", "%I:%M"),
    ("2011 11", "%Y %y"),
    ("11 2011", "%y %Y"),
    ("March 04 12", "%B %m %d"),
    ("17 Thu May  3 19:36:33 1923-23", "%U %c-%y"),
    ("13 09", "%H %I"),
    ("09 13", "%I %H"),
    ("Mon 3", "%a %w"),
]
for text, fmt in CASES:
    try:
        print(f"{text!r:34} {fmt!r:16} {datetime.strptime(text, fmt)}")
    except ValueError as e:
        print(f"{text!r:34} {fmt!r:16} ValueError: {e}")

# A weekly report keyed by ISO week strings.
weeks = ["2023-W52-1", "2024-W01-1", "2024-W01-7", "2024-W09-4"]
for w in weeks:
    d = datetime.strptime(w, "%G-W%V-%u").date()
    print(w, d, d.isocalendar(), d.strftime("%G-W%V-%u"), d.strftime("%A %d %B %Y"))
print(time.strptime("2024-W01-1", "%G-W%V-%u")[:7])
