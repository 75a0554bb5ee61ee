#!/usr/bin/env python3
"""Per-page figures of the newest Gatling report under target/gatling, as a Markdown table.

    python3 src/gatling/summary.py [SECONDS_PER_PAGE] [REPORT_DIR]

Gatling's own "Cnt/s" divides by the whole run; the simulations drive one page at a time for SECONDS_PER_PAGE
(-Dgatling.seconds, default 20), so req/s here is the page's count divided by that.
"""
import glob, html, os, re, sys

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
report = sys.argv[2] if len(sys.argv) > 2 else max(glob.glob('target/gatling/*/index.html'), key=os.path.getmtime)
if os.path.isdir(report):
    report = os.path.join(report, 'index.html')
text = open(report, encoding='utf-8').read()
print(f'report: {report}\n')
print('| request | count | KO | req/s | p50 ms | p75 ms | p95 ms | p99 ms | max ms |')
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
for row in re.findall(r'<tr id="req_.*?</tr>', text, re.S):
    name = html.unescape(re.search(r'class="ellipsed-name">(.*?)</span>', row, re.S).group(1)).strip()
    col = {int(n): v.strip() for n, v in re.findall(r'<td class="value [a-z ]*col-(\d+)">(.*?)</td>', row, re.S)}
    if name.startswith(('sign in', 'issue token')) or name.endswith('find an id'):
        continue
    total = col[2]
    rate = float(total.replace(',', '')) / seconds
    print(f'| {name} | {total} | {col[4]} | {rate:.1f} | {col[8]} | {col[9]} | {col[10]} | {col[11]} | {col[12]} |')
