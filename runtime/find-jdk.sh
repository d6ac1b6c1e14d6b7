#!/usr/bin/env bash
# Prints the home of a JDK 25+: $JAVA_HOME if it is one, else /usr/lib/jvm/temurin-25*.
jdk_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(jdk_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
  echo "$JAVA_HOME"; exit 0
fi
for d in /usr/lib/jvm/temurin-25*; do
  [ -x "$d/bin/java" ] && { echo "$d"; exit 0; }
done
echo "jnode: no JDK 25 found. Install Temurin 25 (e.g. apt-get install temurin-25-jdk) or set JAVA_HOME to a JDK 25+." >&2
exit 1
