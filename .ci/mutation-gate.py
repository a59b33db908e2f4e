#!/usr/bin/env python3
"""Reads PIT's mutations.xml for one class and fails below a share of killed mutants.

usage: mutation-gate.py MODULE CLASS THRESHOLD
  e.g. mutation-gate.py 08-semaphores dev.threadlessons.semaphores.BoundedSemaphore 95

A surviving mutant counts as equivalent (it cannot be killed: the mutated code behaves the same)
only if the lesson's README lists it in its "Equivalent mutants" table, as a row
| `method` | `source line` | PIT's description | why |
and the source line at the mutant's line number is that line. The share is taken over the
mutants that are not equivalent. A row that matches no surviving mutant fails too: the table
must say what is true of the code now.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|")


def equivalents(readme):
    rows, inside = [], False
    for line in readme.read_text(encoding="utf-8").splitlines():
        if "Equivalent mutants" in line:
            inside = True
            continue
        if inside and line.startswith("|"):
            m = ROW.match(line)
            if m:
                rows.append((m.group(1), m.group(2).strip(), m.group(3).strip()))
        elif inside and rows and not line.startswith("|"):
            break
    return rows


def main(module, cls, threshold):
    module = Path(module)
    report = module / "target" / "pit-reports" / "mutations.xml"
    source = module / "src" / "main" / "java" / (cls.replace(".", "/") + ".java")
    lines = source.read_text(encoding="utf-8").splitlines()
    table = equivalents(module / "README.md")
    used = set()
    total = killed = excused = 0
    survivors = []
    for m in ET.parse(report).getroot():
        if m.findtext("mutatedClass") != cls:
            continue
        total += 1
        if m.get("detected") == "true":
            killed += 1
            continue
        method, number, what = m.findtext("mutatedMethod"), int(m.findtext("lineNumber")), m.findtext("description")
        code = lines[number - 1].strip()
        fits = [i for i, (meth, line, desc) in enumerate(table)
                if meth.split("(")[0] == method and line == code and what.startswith(desc)]
        match = next((i for i in fits if i not in used), fits[0] if fits else None)
        if match is None:
            survivors.append(f"  line {number} {method}: {what}   [{code}]")
        else:
            excused += 1
            used.add(match)
    stale = [table[i] for i in range(len(table)) if i not in used]
    killable = total - excused
    share = 100.0 * killed / killable if killable else 100.0
    print(f"{cls}: {total} mutants, {killed} killed, {excused} equivalent (listed in {module}/README.md), "
          f"{len(survivors)} other survivors: {share:.0f}% of the {killable} that can be killed (at least {threshold}% needed)")
    for s in survivors:
        print(s)
    for meth, line, desc in stale:
        print(f"  README lists an equivalent mutant that PIT did not leave alive: {meth} [{line}] {desc}")
    ok = total > 0 and share >= threshold and not stale
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__.strip().splitlines()[2])
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
