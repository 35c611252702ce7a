#!/usr/bin/env python3
"""Times python-stdnum's resident ID check on the column the Rust benchmark writes.

    cargo bench --bench id_throughput      # writes target/id_column.csv, prints Rust figures
    pip install python-stdnum              # once (a virtualenv is fine)
    python3 scripts/bench_stdnum.py [target/id_column.csv]

Both default to target/id_column.csv under the repository root, even when CARGO_TARGET_DIR
points elsewhere; ID_COLUMN=path changes it for both (or pass the path here).

python-stdnum's stdnum.cn.ric.is_valid checks length, digits, check character, the date of
birth (not after today) and that the birth place is in its own division table, so its count
of valid numbers can differ slightly from yibao's (which only warns on unknown counties).
"""
import csv
import os
import sys
import time

try:
    from stdnum.cn import ric
except ImportError:
    sys.exit('error: python-stdnum is missing: pip install python-stdnum')


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('ID_COLUMN') or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), '..', 'target', 'id_column.csv')
    try:
        f = open(path, newline='', encoding='utf-8')
    except OSError as e:
        sys.exit(f'error: cannot read the ID column ({e}); '
                 'run `cargo bench --bench id_throughput` first, it writes it')
    with f:
        ids = [row[0] for row in csv.reader(f)][1:]
    print(f'read {len(ids)} IDs from {os.path.normpath(path)}', flush=True)
    ric.is_valid(ids[0])  # load the division table before timing
    start = time.perf_counter()
    valid = sum(1 for n in ids if ric.is_valid(n))
    secs = time.perf_counter() - start
    print(f'python-stdnum {ric.__name__}.is_valid: {len(ids)} IDs in {secs * 1e3:.0f} ms '
          f'= {len(ids) / secs / 1e6:.3f} million IDs/s ({valid} valid)')


if __name__ == '__main__':
    main()
