#!/usr/bin/env bash
# Runs EmbeddedServer.java against the jars jnode's build leaves in target/ (run ./jnode -e 0
# once first). Java 25 runs a single source file directly, so there is no separate compile step.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JDK="$("$ROOT/runtime/find-jdk.sh")"
T="$ROOT/target"
cd "$ROOT"
exec "$JDK/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -Dpolyglot.engine.WarnInterpreterOnly=false \
  -cp "$T/jnode.jar:$T/lib/*:$T/modules/*" \
  examples/embedding/EmbeddedServer.java "$@"
