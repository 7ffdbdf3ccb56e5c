#!/usr/bin/env python3
"""Fails when a visible string of the sources has no finished translation.

Extracts the translatable strings from the current sources with lupdate (into a scratch .ts),
then checks each against the committed translation: it must be there, finished, non-empty,
and carry the same placeholders (%1, %L1, %n...) as the English text.

Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_path):
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            out[(name, m.findtext("source"))] = m.find("translation")
    return out


def placeholders(text):
    return sorted(re.findall(r"%L?\d|%n", text or ""))


def main():
    lupdate, source_dir, ts_files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([lupdate, "-silent", "-locations", "none", str(source_dir / "ui"), "-ts", str(fresh)], check=True)
        wanted = messages(fresh)
    if len(wanted) < 100:
        print(f"lupdate found only {len(wanted)} strings in {source_dir / 'ui'}: extraction is broken")
        return 1
    failures = 0
    for ts in ts_files:
        have = messages(ts)
        problems = []
        for (context, source), _ in sorted(wanted.items()):
            t = have.get((context, source))
            if t is None:
                problems.append(f"missing: {context}: {source!r}")
            elif t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or "").strip():
                problems.append(f"untranslated: {context}: {source!r}")
            elif placeholders(t.text) != placeholders(source):
                problems.append(f"placeholders differ: {context}: {source!r} -> {t.text!r}")
        print(f"{Path(ts).name}: {len(wanted)} source strings, {len(problems)} problems")
        for p in problems:
            print("  " + p)
        failures += len(problems)
    if failures:
        print("Run `ninja -C build nb_ui_lupdate` and translate the new strings in Qt Linguist.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
