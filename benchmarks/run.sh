#!/usr/bin/env bash
# Runs the benchmarks from the uber jar, quick (about 4 minutes) or thorough (about 40 minutes).
# Anything after the mode goes to JMH as it is: a regex to pick benchmarks, -p counter=LONG_ADDER...
# On a JDK older than 21 the virtual-thread benchmark is left out, with a note saying why.
set -euo pipefail
cd "$(dirname "$0")"

jar=target/benchmarks.jar
case "${1:-}" in
  quick)    settings=(-f 1 -wi 2 -w 1s -i 3 -r 1s) ;;
  thorough) settings=() ;;  # the annotations' own: 3 forks, 5 x 2 s warm-up, 5 x 2 s measured
  *)
    echo "usage: benchmarks/run.sh quick|thorough [more JMH options]" >&2
    exit 2
    ;;
esac
shift

if [ ! -f "$jar" ]; then
  echo "$jar is missing; build it first, from the root: mvn -pl benchmarks -am package" >&2
  exit 1
fi

skip=()
feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$feature" -lt 21 ]; then
  echo "JDK $feature: leaving out virtualThreadStartJoin (virtual threads need JDK 21 or newer)"
  skip=(-e virtualThread)
fi

exec java -jar "$jar" "${settings[@]}" "${skip[@]}" "$@"
