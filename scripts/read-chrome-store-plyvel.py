#!/usr/bin/python3
"""The floor for scripts/bench-chrome-reader.sh: C++ LevelDB (through python3-plyvel) reading every
live entry of a store, checksums verified, no block cache; prints the median of ROUNDS in seconds.

Usage: read-chrome-store-plyvel.py DIR [ROUNDS]
Opening a LevelDB writes to its folder (LOCK, LOG, a new MANIFEST): run it on a copy.
"""
import statistics
import sys
import time

import plyvel


def main():
    folder = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    times = []
    cpus = []
    for r in range(rounds):
        start = time.perf_counter()
        cpu_start = time.process_time()
        db = plyvel.DB(folder, create_if_missing=False)
        entries = 0
        value_bytes = 0
        for key, value in db.iterator(verify_checksums=True, fill_cache=False):
            entries += 1
            value_bytes += len(value)
        db.close()
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        times.append(seconds)
        cpus.append(cpu)
        print(f"c++ round {r + 1}: {entries:,} entries, {value_bytes / 1e6:.1f} MB of values in {seconds:.3f} s ({cpu:.3f} s CPU)")
    print(f"cpp-median-s {statistics.median(times):.3f}")
    print(f"cpp-median-cpu-s {statistics.median(cpus):.3f}")


if __name__ == '__main__':
    main()
