#!/usr/bin/env python3
"""Code size of a wasm module by function, from its name section.

    scripts/wasm-functions.py target/wasm32-unknown-unknown/release/parallax.wasm [N]

Prints the total code size, the size per family (std's sorts, BTreeMap,
serde, hash maps, formatting, ...) and, with N, the N biggest functions.
Use the wasm before wasm-bindgen and wasm-opt: the page's pkg/ wasm has no
names. The families go by the mangled names; a build with
RUSTFLAGS="-C symbol-mangling-version=v0" keeps the generic arguments in
them (which map type, which sort), for a demangler to show.
"""
import collections
import re
import sys


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def functions(data):
    """(size, name) of every function body."""
    i, imported, bodies, names = 8, 0, [], {}
    while i < len(data):
        section = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if section == 2:  # imports: function imports take the first indices
            count, j = leb(data, i)
            for _ in range(count):
                for _ in range(2):
                    length, j = leb(data, j)
                    j += length
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                else:
                    j += 2
        elif section == 10:  # code
            count, j = leb(data, i)
            for _ in range(count):
                length, j = leb(data, j)
                bodies.append(length)
                j += length
        elif section == 0:  # custom: the name section
            length, j = leb(data, i)
            if data[j:j + length] == b"name":
                j += length
                while j < end:
                    sub = data[j]
                    sub_size, j = leb(data, j + 1)
                    if sub == 1:
                        count, k = leb(data, j)
                        for _ in range(count):
                            index, k = leb(data, k)
                            length, k = leb(data, k)
                            names[index] = data[k:k + length].decode("utf-8", "replace")
                            k += length
                    j += sub_size
        i = end
    return [(size, names.get(k + imported, f"?{k + imported}")) for k, size in enumerate(bodies)]


FAMILIES = [
    ("sort", r"core::slice::sort|slice::sort|merge_sort|quicksort|insertion_sort|heapsort|smallsort|driftsort|sort::|ipnsort|choose_pivot|bidirectional_merge|partition"),
    ("btree", r"btree|BTree"),
    ("serde_wasm_bindgen", r"serde_wasm_bindgen"),
    ("serde_json", r"serde_json"),
    ("serde", r"serde"),
    ("hashbrown", r"hashbrown|HashMap|HashSet|RawTable"),
    ("fmt", r"core::fmt|alloc::fmt|Formatter|Display|Debug"),
    ("wasm_bindgen", r"wasm_bindgen|js_sys|tsify"),
    ("dlmalloc", r"dlmalloc"),
]


def main():
    funcs = functions(open(sys.argv[1], "rb").read())
    by_family, count = collections.Counter(), collections.Counter()
    for size, name in funcs:
        family = next((f for f, rx in FAMILIES if re.search(rx, name)), "other")
        by_family[family] += size
        count[family] += 1
    print(f"total code {sum(s for s, _ in funcs)} bytes in {len(funcs)} functions")
    for family, size in by_family.most_common():
        print(f"{family:<20} {size:>9} {count[family]:>6}")
    if len(sys.argv) > 2:
        for size, name in sorted(funcs, reverse=True)[: int(sys.argv[2])]:
            print(size, name[:200])


if __name__ == "__main__":
    main()
