"""Times dateparser's search_dates over the "text" of every JSON Lines record of a file."""
import datetime
import json
import sys
import time

from dateparser.search import search_dates

records = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
texts = [
    (r["text"], datetime.datetime.fromisoformat(r["dct"]) if r.get("dct") else datetime.datetime(2016, 6, 1))
    for r in records
]
size = sum(len(t.encode("utf-8")) for t, _ in texts)
search_dates(texts[0][0], languages=["en"])  # warm-up: loads the language data
start = time.perf_counter()
found = 0
for text, base in texts:
    found += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
seconds = time.perf_counter() - start
print(f"dateparser bytes={size} seconds={seconds:.3f} found={found} mb_per_s={size / seconds / 1e6:.3f}")
