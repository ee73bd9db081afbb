# make bench's peer for extract-dates: Python's dateparser (search_dates,
# English only, which is its fast path) over the same stream, one record
# per date found, as extract-dates prints them.  Reads stdin.
import datetime
import sys

from dateparser.search import search_dates

REF = datetime.datetime(2024, 1, 15, 12, 0, 0)
SETTINGS = {"RELATIVE_BASE": REF}


def main():
    doc, lineno = "-", 0
    out = sys.stdout
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if line.startswith("\f"):
            doc, lineno = line[1:], 0
            continue
        lineno += 1
        found = search_dates(line, languages=["en"], settings=SETTINGS)
        for text, value in found or ():
            out.write("%s\t%d\t%s\t%s\n" % (doc, lineno, text, value.isoformat()))


main()
