#!/usr/bin/env bash
# Runs the benchmarks from the uber jar, quick (about 4.5 minutes on 2 cores) or thorough (about an hour).
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
jvm=()
feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$feature" -lt 21 ]; then
  echo "JDK $feature: leaving out virtualThreadStartJoin (virtual threads need JDK 21 or newer)"
  skip=(-e virtualThread)
fi
if [ "$feature" -ge 23 ]; then
  # JMH 1.37 reads field offsets through sun.misc.Unsafe, which JDK 24 and newer warn about;
  # the forked JVMs inherit this option from this one.
  jvm=(--sun-misc-unsafe-memory-access=allow)
fi

exec java "${jvm[@]}" -jar "$jar" "${settings[@]}" "${skip[@]}" "$@"
