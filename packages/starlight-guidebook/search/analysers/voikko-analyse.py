"""Base forms and compound parts of word forms, from Voikko (libvoikko with a dictionary such as
voikko-fi; Debian: apt-get install python3-libvoikko voikko-fi).

Reads one lowercase word form a line on stdin and writes one line per form on stdout:
    form<TAB>base forms<TAB>compound parts
the lists space-separated and sorted. A form the dictionary does not know gets empty lists. The
first line out is `#voikko<TAB><language><TAB><dictionary description>`, so the word table records
what made it. Called by the engine's search table generator (word-table-generate.ts), never at
build time: a build uses the table committed with the content.
"""

import sys

sys.path.append("/usr/lib/python3/dist-packages")  # Debian's python3-libvoikko under any python3
import libvoikko  # noqa: E402

language = sys.argv[1] if len(sys.argv) > 1 else "fi"
voikko = libvoikko.Voikko(language)
dictionary = next((d for d in libvoikko.Voikko.listDicts() if d.language == language), None)
description = dictionary.description if dictionary else language


def lemmas(form):
    return {a["BASEFORM"].lower() for a in voikko.analyze(form) if "BASEFORM" in a}


def components(form, structure):
    """The surface parts of a compound: STRUCTURE marks each part's start with "=" and has one
    letter per character of the form otherwise."""
    parts, current, at = [], "", 0
    for mark in structure:
        if mark == "=":
            if current:
                parts.append(current)
            current = ""
            continue
        if at < len(form):
            current += form[at]
        at += 1
    if current:
        parts.append(current)
    return parts


def compound_parts(form):
    """The tails of a compound in their base form, from each later part on: for a form of a
    compound of the parts A, B and C, the base forms of BC and of C. Search matches the start of
    words, so each tail also finds its own first part (B), and the word itself its first (A)."""
    found = set()
    for analysis in voikko.analyze(form):
        base = analysis.get("BASEFORM", "").lower()
        surface = components(form, analysis.get("STRUCTURE", ""))
        if not base or len(surface) < 2:
            continue
        prefix = ""
        for earlier in surface[:-1]:
            prefix += earlier
            if base.startswith(prefix) and len(base) > len(prefix):
                found.add(base[len(prefix):].lstrip("-"))
    return found


print(f"#voikko\t{language}\t{description}", flush=True)
for line in sys.stdin:
    form = line.strip()
    if not form:
        continue
    base = lemmas(form)
    parts = compound_parts(form) - base
    print(f"{form}\t{' '.join(sorted(base))}\t{' '.join(sorted(p for p in parts if p))}")
