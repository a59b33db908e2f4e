# Sourced by the scripts that run lesson 11, which needs a JDK 21 or newer: sets jdk21 to the
# JDK that JDK21_HOME names, or else JAVA_HOME, if it is one of 21 or newer; to "" otherwise.

feature_of() { # the feature release of the JDK in $1, such as 17 or 25
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

jdk21=""
for candidate in "${JDK21_HOME:-}" "${JAVA_HOME:-}"; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(feature_of "$candidate")" -ge 21 ]; then
    jdk21="$candidate"
    break
  fi
done
