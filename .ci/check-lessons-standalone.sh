#!/usr/bin/env bash
# Proves the two ways of taking a lesson out of this repository, for every lesson:
#  1. copy alone: after "mvn install" at the root, the lesson folder copied to an empty place
#     builds and passes its tests, finding its parent POM and common-utils in the local repository;
#  2. export: scripts/export-lesson.sh writes a project with no link to threadlessons at all,
#     which passes its tests and runs its Demo with exec:java.
# Run from the root after "mvn install", with no argument for every lesson or with the lesson
# folders to check. Lessons that need a newer JDK than the one running are skipped with a note.
set -euo pipefail
cd "$(dirname "$0")/.."

java_feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
checked=0

if [ $# -gt 0 ]; then lessons=("$@"); else lessons=([0-9][0-9]-*/); fi
for lesson in "${lessons[@]}"; do
  lesson=${lesson%/}
  release=$(sed -n 's:.*<maven.compiler.release>\([0-9]*\)</maven.compiler.release>.*:\1:p' "$lesson/pom.xml" | head -n 1)
  if [ -n "$release" ] && [ "$release" -gt "$java_feature" ]; then
    echo "skip   $lesson: needs JDK $release, running $java_feature"
    continue
  fi
  checked=$((checked + 1))

  cp -r "$lesson" "$work/copy-$lesson"
  rm -rf "$work/copy-$lesson/target"
  if (cd "$work/copy-$lesson" && mvn -B -q test) > "$work/copy-$lesson.log" 2>&1; then
    echo "ok     $lesson copied alone: mvn test"
  else
    echo "FAILED $lesson copied alone: mvn test"; tail -n 40 "$work/copy-$lesson.log"; failed=1
  fi

  if scripts/export-lesson.sh "$lesson" "$work/export-$lesson" > "$work/export-$lesson.log" 2>&1 \
     && (cd "$work/export-$lesson" && mvn -B -q test exec:java) >> "$work/export-$lesson.log" 2>&1; then
    echo "ok     $lesson exported: mvn test exec:java"
  else
    echo "FAILED $lesson exported: mvn test exec:java"; tail -n 40 "$work/export-$lesson.log"; failed=1
  fi
done

echo "standalone checks: $checked lesson(s), $([ "$failed" -eq 0 ] && echo 'all passed' || echo 'some FAILED')"
exit "$failed"
