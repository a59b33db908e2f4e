#!/usr/bin/env python3
"""Reads what PIT found in one module (target/pit-reports after `mvn -pl MODULE -Pmutation verify`).

usage: mutation-report.py summary MODULE
       mutation-report.py table MODULE...
       mutation-report.py gate MODULE CLASS THRESHOLD
  e.g. mutation-report.py summary 06-locks
       mutation-report.py gate 08-semaphores dev.threadlessons.semaphores.BoundedSemaphore 95

summary prints, per class and then per group, how many mutants PIT made and how many a test
killed, and checks the targets: the teaching classes of a lesson (its own package) at least 90 %
killed, the stage (its `stage` package) and Demo together at least 70 %. Exit status 1 if a
target is missed. A module that is not a lesson (common-utils) is measured, with no target.

table prints the root README's "Test strength" table for the modules named, from their reports.

gate checks one class against THRESHOLD and fails below it (CI uses it).

A surviving mutant counts as equivalent (it cannot be killed: the mutated code behaves the same)
only if the lesson's README lists it in its "Equivalent mutants" table, as a row
| `method` | `source line` | PIT's description | why |   (or `Class.method` where the name alone is not enough)
and the source line at the mutant's line number is that line. Shares are taken over the mutants
that are not equivalent. A row that matches no surviving mutant fails too: the table must say
what is true of the code now.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|")
LEGEND = re.compile(r'class="coverage_legend">(\d+)/(\d+)<')
TARGETS = {"teaching": 90.0, "stage and Demo": 70.0}


def equivalents(readme):
    rows, inside = [], False
    if not readme.exists():
        return rows
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


class Findings:
    """Every mutant of a module, each marked killed, equivalent (by the README) or surviving."""

    def __init__(self, module):
        self.module = Path(module)
        self.table = equivalents(self.module / "README.md")
        self.used = set()
        self.mutants = []  # (class, status, text)
        sources = {}
        for m in ET.parse(self.module / "target" / "pit-reports" / "mutations.xml").getroot():
            cls = m.findtext("mutatedClass")
            if cls not in sources:
                path = self.module / "src" / "main" / "java" / (cls.split("$")[0].replace(".", "/") + ".java")
                sources[cls] = path.read_text(encoding="utf-8").splitlines()
            method, number = m.findtext("mutatedMethod"), int(m.findtext("lineNumber"))
            what, code = m.findtext("description"), sources[cls][number - 1].strip()
            text = f"{cls.rsplit('.', 1)[1]} line {number} {method}: {what}   [{code}]"
            if m.get("detected") == "true":
                self.mutants.append((cls, "killed", text))
            elif self._excuse(cls, method, code, what):
                self.mutants.append((cls, "equivalent", text))
            else:
                self.mutants.append((cls, "survived", text))

    def _excuse(self, cls, method, code, what):
        simple = cls.rsplit(".", 1)[1]
        fits = [i for i, (meth, line, desc) in enumerate(self.table)
                if named(meth, simple, method) and line == code and what.startswith(desc)]
        match = next((i for i in fits if i not in self.used), None)
        if match is None:
            return False
        self.used.add(match)
        return True

    def stale_rows(self):
        return [self.table[i] for i in range(len(self.table)) if i not in self.used]

    def count(self, accept):
        chosen = [status for cls, status, _ in self.mutants if accept(cls)]
        total, killed, excused = len(chosen), chosen.count("killed"), chosen.count("equivalent")
        killable = total - excused
        share = 100.0 * killed / killable if killable else 100.0
        return total, killed, excused, share

    def line_coverage(self):
        index = self.module / "target" / "pit-reports" / "index.html"
        found = LEGEND.search(index.read_text(encoding="utf-8"))
        return (int(found.group(1)), int(found.group(2))) if found else None


def named(row, simple_class, method):
    """Whether a table's method column, `method(...)` or `Class.method(...)`, names this method."""
    name = row.split("(")[0]
    owner, _, bare = name.rpartition(".")
    return bare == method and (not owner or owner == simple_class)


def is_lesson(module):
    """Lessons are named NN-name; a shared module such as common-utils is measured with no target."""
    return re.match(r"\d\d-", Path(module).name) is not None


def group_of(cls):
    simple = cls.split("$")[0]
    return "stage and Demo" if ".stage." in simple or simple.endswith(".Demo") else "teaching"


def line(label, counted):
    total, killed, excused, share = counted
    note = f", {excused} equivalent" if excused else ""
    return f"{label}: {total} mutants, {killed} killed{note}: {share:.0f}% of those that can be killed"


def summary(module):
    found = Findings(module)
    classes = sorted({cls for cls, _, _ in found.mutants}, key=lambda c: (group_of(c), c))
    for cls in classes:
        print("  " + line(cls.rsplit(".", 1)[1], found.count(lambda c, cls=cls: c == cls)))
    ok = True
    for group, target in (TARGETS.items() if is_lesson(module) else []):
        counted = found.count(lambda c: group_of(c) == group)
        reached = counted[0] == 0 or counted[3] >= target
        ok &= reached
        print(line(group, counted) + f" (target {target:.0f}%{'' if reached else ', MISSED'})")
    print(line(f"{module} in all", found.count(lambda c: True)))
    covered = found.line_coverage()
    if covered:
        print(f"line coverage: {covered[0]} of {covered[1]} lines ({100.0 * covered[0] / covered[1]:.0f}%)")
    for _, status, text in found.mutants:
        if status == "survived":
            print("  survived: " + text)
    for meth, code, desc in found.stale_rows():
        print(f"  README lists an equivalent mutant that PIT did not leave alive: {meth} [{code}] {desc}")
        ok = False
    return 0 if ok else 1


def table(modules):
    print("| module | mutants | killed | equivalent | teaching classes | stage and `Demo` | line coverage |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for module in modules:
        found = Findings(module)
        total, killed, excused, _ = found.count(lambda c: True)
        shares = []
        for group in (TARGETS if is_lesson(module) else []):
            counted = found.count(lambda c: group_of(c) == group)
            shares.append(f"{counted[1]} of {counted[0] - counted[2]} ({counted[3]:.0f}%)" if counted[0] else "-")
        covered = found.line_coverage()
        shares += ["-"] * (2 - len(shares))
        lines = f"{100.0 * covered[0] / covered[1]:.0f}%" if covered else "?"
        print(f"| {Path(module).name} | {total} | {killed} | {excused} | {shares[0]} | {shares[1]} | {lines} |")
    return 0


def gate(module, cls, threshold):
    found = Findings(module)
    counted = found.count(lambda c: c == cls)
    print(line(cls, counted) + f" (at least {threshold:.0f}% needed; equivalents from {module}/README.md)")
    for c, status, text in found.mutants:
        if c == cls and status == "survived":
            print("  survived: " + text)
    source = (Path(module) / "src" / "main" / "java" / (cls.replace(".", "/") + ".java")).read_text(encoding="utf-8")
    # Rows about other classes of the lesson are not this gate's business.
    stale = [row for row in found.stale_rows() if row[1] in source]
    for meth, code, desc in stale:
        print(f"  README lists an equivalent mutant that PIT did not leave alive: {meth} [{code}] {desc}")
    return 0 if counted[0] > 0 and counted[3] >= threshold and not stale else 1


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "summary":
        sys.exit(summary(args[1]))
    if len(args) >= 2 and args[0] == "table":
        sys.exit(table(args[1:]))
    if len(args) == 4 and args[0] == "gate":
        sys.exit(gate(args[1], args[2], float(args[3])))
    print("\n".join(__doc__.strip().splitlines()[2:5]))
    sys.exit(2)
