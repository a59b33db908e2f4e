#!/usr/bin/env bash
# Measures what drawing the pictures costs each demo that draws them: runs the demo with
# --pictures on and with --pictures off, in turn, and prints per lesson the demo's time each way
# (from its first line to its verdict, as the times its log prints), the smallest to the largest,
# and the median of what the pictures add, also as a share of the demo's median time without them.
# The last column is the whole command's time, Maven's start included, with and without.
#
#   scripts/recording-cost.sh               5 runs each way, every lesson that draws pictures
#   scripts/recording-cost.sh 3 06-locks    3 runs each way, only these
#
# Lesson 11 needs a JDK 21 or newer, as in scripts/pictures.sh (JDK21_HOME).
# Run it at a quiet moment, one build at a time: it measures times.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/jdk21.sh

runs=${1:-5}
if ! [[ "$runs" =~ ^[1-9][0-9]?$ ]]; then
  echo "recording-cost.sh: the number of runs must be 1 to 99, not '$runs'" >&2
  exit 2
fi
shift $(( $# > 0 ? 1 : 0 ))
lessons=("$@")
if [ ${#lessons[@]} -eq 0 ]; then
  lessons=(04-concurrency-speedup 06-locks 07-deadlock 08-semaphores 09-events-conditions)
  if [ -n "$jdk21" ]; then
    lessons+=(11-virtual-threads)
  else
    echo "11-virtual-threads left out: it needs a JDK 21 or newer; set JDK21_HOME to one" >&2
  fi
fi
for lesson in "${lessons[@]}"; do
  if ! [ -d "$lesson/pictures" ]; then
    echo "recording-cost.sh: '$lesson' is not a lesson that draws pictures" >&2
    exit 2
  fi
  if [ "$lesson" = 11-virtual-threads ] && [ -z "$jdk21" ]; then
    echo "recording-cost.sh: 11-virtual-threads needs a JDK 21 or newer: set JDK21_HOME to one" >&2
    exit 2
  fi
done

# A run's demo time in ms: the verdict's time minus the first line's.
demo_millis() {
  awk '/^ *[0-9]+ ms \[/ { if (first == "") first = $1; if ($0 ~ /Verdict/) last = $1 }
       END { if (first == "" || last == "") exit 1; print last - first }' "$1"
}

# The smallest, the largest and the median of the numbers on standard input.
spread() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                      print v[1], v[NR], m }'
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q install -DskipTests
printf '%-22s %4s  %-18s %-18s %-20s %s\n' lesson runs "with pictures" "without" "added (median)" "whole command"
for lesson in "${lessons[@]}"; do
  java_home="${JAVA_HOME:-}"
  if [ "$lesson" = 11-virtual-threads ]; then
    java_home="$jdk21"
    JAVA_HOME="$java_home" mvn -B -q install -DskipTests -pl "$lesson"
  fi
  declare -A demo=([on]="" [off]="") wall=([on]="" [off]="")
  for _ in $(seq "$runs"); do
    for mode in on off; do
      started=$(date +%s%N)
      JAVA_HOME="$java_home" mvn -B -q -pl "$lesson" exec:java -Dexec.args="--pictures $mode" > "$log" 2>&1 \
        || { echo "$lesson: the demo failed with --pictures $mode:" >&2; tail -n 5 "$log" >&2; exit 1; }
      wall[$mode]+="$(( ($(date +%s%N) - started) / 1000000 ))"$'\n'
      demo[$mode]+="$(demo_millis "$log")"$'\n' \
        || { echo "$lesson: no timed first line and verdict in the demo's output" >&2; exit 1; }
    done
  done
  read -r on_min on_max on_median <<< "$(printf '%s' "${demo[on]}" | spread)"
  read -r off_min off_max off_median <<< "$(printf '%s' "${demo[off]}" | spread)"
  read -r _ _ wall_on <<< "$(printf '%s' "${wall[on]}" | spread)"
  read -r _ _ wall_off <<< "$(printf '%s' "${wall[off]}" | spread)"
  awk -v l="$lesson" -v n="$runs" -v a="$on_min" -v b="$on_max" -v c="$off_min" -v d="$off_max" \
      -v on="$on_median" -v off="$off_median" -v won="$wall_on" -v woff="$wall_off" 'BEGIN {
    printf "%-22s %4d  %-18s %-18s %-20s %s\n", l, n,
      sprintf("%.2f to %.2f s", a / 1000, b / 1000), sprintf("%.2f to %.2f s", c / 1000, d / 1000),
      sprintf("%+.2f s (%+.0f %%)", (on - off) / 1000, 100 * (on - off) / off),
      sprintf("%.1f s against %.1f s", won / 1000, woff / 1000) }'
done
jdk="$(if [ -n "${JAVA_HOME:-}" ]; then "$JAVA_HOME/bin/java" -version; else java -version; fi 2>&1 | head -n 1)"
if [[ " ${lessons[*]} " == *" 11-virtual-threads "* ]]; then
  jdk+="; lesson 11: $("$jdk21/bin/java" -version 2>&1 | head -n 1)"
fi
echo "$(nproc) cores, $jdk; load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
