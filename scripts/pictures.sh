#!/usr/bin/env bash
# Regenerates the pictures committed in the lessons from real runs. Each lesson's demo records
# its scenes with JDK Flight Recorder and draws them under target/pictures; this copies them,
# with their recordings (.jfr), into the lesson's pictures/ folder, and keeps the run's output in
# target/pictures-run.log for the README's excerpt.
#
#   scripts/pictures.sh                 every lesson that draws pictures
#   scripts/pictures.sh 06-locks        only these
#
# Run it at a quiet moment, one build at a time: the pictures show times.
set -euo pipefail
cd "$(dirname "$0")/.."

lessons=("$@")
if [ ${#lessons[@]} -eq 0 ]; then
  lessons=(04-concurrency-speedup 06-locks 07-deadlock 08-semaphores 09-events-conditions)
fi

mvn -B -q install -DskipTests
for lesson in "${lessons[@]}"; do
  rm -rf "$lesson/target/pictures"
  mvn -B -q -pl "$lesson" exec:java > "$lesson/target/pictures-run.log" 2>&1 \
    || { echo "$lesson: the demo failed, see $lesson/target/pictures-run.log" >&2; exit 1; }
  mkdir -p "$lesson/pictures"
  rm -f "$lesson/pictures/"*.svg "$lesson/pictures/"*.jfr
  cp "$lesson/target/pictures/"*.svg "$lesson/target/pictures/"*.jfr "$lesson/pictures/"
  echo "$lesson: $(cd "$lesson/pictures" && ls | tr '\n' ' ')"
done
echo "made with $(java -version 2>&1 | head -n 1), $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
