#!/usr/bin/python3
"""Writes a Chrome-format localStorage LevelDB for the reader's benchmark (needs python3-plyvel).

Usage: make-chrome-bench-store.py DIR [ENTRIES] [ORIGINS] [VALUE_CHARS]
Keys and values are encoded as Chrome does: `_<origin>\\0<0x01 + Latin-1 key>` -> `0x01 + Latin-1`
(every tenth value `0x00 + UTF-16LE`), plus `META:<origin>` and `VERSION`. About VALUE_CHARS (1,000) bytes per entry,
random so that Snappy cannot shrink it much. The last writes stay in the log, the rest is compacted
into tables, as in a browser that has run for a while.
"""
import base64
import os
import struct
import sys
import time

import plyvel


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def main():
    target = sys.argv[1]
    entries = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    origins = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    value_chars = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    db = plyvel.DB(target, create_if_missing=True, error_if_exists=True, compression='snappy')
    db.put(b'VERSION', b'1')
    micros_1601 = int((time.time() + 11_644_473_600) * 1_000_000)
    per_origin = entries // origins
    for o in range(origins):
        origin = f'https://app{o}.example.com'.encode()
        with db.write_batch() as batch:
            for i in range(per_origin):
                key = b'_' + origin + b'\x00\x01' + (b'coze_oauth_tokens' if i == 0 else f'item{i:05d}'.encode())
                text = base64.b64encode(os.urandom(value_chars * 3 // 4))  # value_chars ASCII characters
                if i % 10 == 5:
                    value = b'\x00' + text.decode().encode('utf-16-le')
                else:
                    value = b'\x01' + text
                batch.put(key, value)
            batch.put(b'META:' + origin, b'\x08' + varint(micros_1601) + b'\x10' + varint(per_origin * 1000))
        if o == origins - 2:
            db.compact_range()
    db.close()


if __name__ == '__main__':
    main()
