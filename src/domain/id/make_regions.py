#!/usr/bin/env python3
"""Regenerates regions.txt from python-stdnum's stdnum/cn/loc.dat.

Usage: python3 make_regions.py loc.dat > regions.body
then put the header comment of regions.txt above the body (the header is kept by hand).

loc.dat (python-stdnum, commit 6070c60a, January 2026) is itself compiled from the
Chinese Wikipedia lists 中华人民共和国行政区划代码 (1区 to 8区), which reproduce the
administrative division codes (GB/T 2260) published by the National Bureau of Statistics
and the Ministry of Civil Affairs, with the years each code was in use.
"""
import re
import sys

# Prefectures whose abolished county codes are kept (the regions the app covers).
HISTORY = {'1101', '4401', '4412', '4414', '6207'}
SIMPLIFIED = {'香港特別行政區': '香港特别行政区', '澳門特別行政區': '澳门特别行政区'}



def latest(value):
    """The newest name of a code and the last year it was in use (None: still in use)."""
    parts = value.split(',')
    last = parts[-1]
    m = re.match(r'\[(\d*)-(\d*)\](.*)', last)
    if not m:
        return last, None
    return m.group(3), (m.group(2) or None)


def main(path):
    out = []
    province = None
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        m = re.match(r'^(\d\d) province="(.*)"', line)
        if m:
            province = m.group(1)
            continue
        m = re.match(r'^\s+(\d{4}) county="(.*)"', line)
        if not m:
            raise SystemExit('unexpected line: ' + line)
        code = province + m.group(1)
        name, end = latest(m.group(2))
        name = SIMPLIFIED.get(name, name)
        if end and not (code.endswith('00') or code[:4] in HISTORY):
            continue  # an abolished county elsewhere: left out to keep the table small
        out.append(code + ' ' + name + (' -' + end if end else ''))
    out.append('830000 台湾地区')
    print('\n'.join(out))


if __name__ == '__main__':
    main(sys.argv[1])
