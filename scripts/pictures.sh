#!/usr/bin/env bash
# Regenerates the pictures committed in the lessons from real runs. Each lesson's demo records
# its scenes with JDK Flight Recorder and draws them under target/pictures; this copies them,
# with their recordings (.jfr), into the lesson's pictures/ folder, and keeps the run's output in
# target/pictures-run.log for the README's excerpt.
#
#   scripts/pictures.sh                 every lesson that draws pictures
#   scripts/pictures.sh 06-locks        only these
#
# Lesson 11 needs a JDK 21 or newer: JDK21_HOME names one (JAVA_HOME does, if it is one). Without
# it, the script leaves lesson 11 out when it runs every lesson, and stops when it is asked for.
#
# Run it at a quiet moment, one build at a time: the pictures show times.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/jdk21.sh

lessons=("$@")
if [ ${#lessons[@]} -eq 0 ]; then
  lessons=(04-concurrency-speedup 06-locks 07-deadlock 08-semaphores 09-events-conditions 11-virtual-threads)
  if [ -z "$jdk21" ]; then
    echo "11-virtual-threads left out: it needs a JDK 21 or newer; set JDK21_HOME to one" >&2
    unset 'lessons[5]'
  fi
fi

mvn -B -q install -DskipTests
for lesson in "${lessons[@]}"; do
  java_home="${JAVA_HOME:-}"
  if [ "$lesson" = 11-virtual-threads ]; then
    if [ -z "$jdk21" ]; then
      echo "11-virtual-threads needs a JDK 21 or newer: set JDK21_HOME to one" >&2
      exit 1
    fi
    java_home="$jdk21"
    JAVA_HOME="$java_home" mvn -B -q install -DskipTests -pl "$lesson"
  fi
  rm -rf "$lesson/target/pictures"
  JAVA_HOME="$java_home" mvn -B -q -pl "$lesson" exec:java > "$lesson/target/pictures-run.log" 2>&1 \
    || { echo "$lesson: the demo failed, see $lesson/target/pictures-run.log" >&2; exit 1; }
  mkdir -p "$lesson/pictures"
  rm -f "$lesson/pictures/"*.svg "$lesson/pictures/"*.jfr
  cp "$lesson/target/pictures/"*.svg "$lesson/target/pictures/"*.jfr "$lesson/pictures/"
  jdk="$(if [ -n "$java_home" ]; then "$java_home/bin/java" -version; else java -version; fi 2>&1 | head -n 1)"
  echo "$lesson: $(cd "$lesson/pictures" && ls | tr '\n' ' ')(made with $jdk)"
done
echo "$(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
