#!/usr/bin/env bash
# Writes one lesson as a self-contained Maven project with no dependency on threadlessons:
#   scripts/export-lesson.sh 06-locks /some/dir
# then, in /some/dir: mvn test, and mvn exec:java.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: scripts/export-lesson.sh <lesson folder, e.g. 06-locks> <target folder>" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
target=$2
case "$target" in /*) ;; *) target="$OLDPWD/$target" ;; esac
exec java scripts/ExportLesson.java "$1" "$target"
