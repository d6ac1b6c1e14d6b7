#!/usr/bin/env bash
# Builds what ./jnode runs: the jar and its dependencies (Maven), a jlink runtime image without
# Temurin's stub jdk.graal.compiler module (so the real compiler loads from the module path with
# the AOT cache still on), and the AOT cache, trained on a small workload.
#   usage: JDK=/path/to/jdk25 runtime/build.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
T="$ROOT/target"
: "${JDK:?set JDK to a JDK 25 home}"
cd "$ROOT"

# The Graal JIT works only when GraalJS, Truffle and the compiler carry the JDK's own update
# version (platform.md); without a match, build with the default version and no compiler.
JDK_VERSION="$("$JDK/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9.]*\).*/\1/p' | head -1)"
MVN=(mvn -q -B -DskipTests package)
echo "jnode: building (JDK $JDK_VERSION)..." >&2
# Clear the copied jars only when the version changes: jnode processes already running use them.
if [ "$(cat "$T/graal.version" 2>/dev/null)" != "$JDK_VERSION" ]; then rm -rf "$T/modules" "$T/lib" "$T/jit"; fi
if JAVA_HOME="$JDK" "${MVN[@]}" -Dgraal.version="$JDK_VERSION" >"$T/build.log" 2>&1; then
  echo optimizing >"$T/engine"
  echo "$JDK_VERSION" >"$T/graal.version"
else
  echo "jnode: no Graal compiler $JDK_VERSION on Maven Central; building for the interpreter" >&2
  JAVA_HOME="$JDK" "${MVN[@]}" '-P!jit' >"$T/build.log" 2>&1 || { cat "$T/build.log" >&2; exit 1; }
  echo interpreter >"$T/engine"
  sed -n 's/.*<graal.version>\(.*\)<.*/\1/p' "$ROOT/pom.xml" >"$T/graal.version"
fi
rm -f "$T/modules"/*.pom

# Netty's epoll library, unpacked once: Netty loads it from java.library.path before it would copy
# it out of its jar into /tmp, which every start did (and which fails under a small `ulimit -f`).
rm -rf "$T/native"
mkdir -p "$T/native"
"$JDK/bin/jar" --extract --file "$(ls "$T"/lib/netty-transport-native-epoll-*-linux-x86_64.jar)" \
  --dir "$T/native" META-INF/native/
mv "$T"/native/META-INF/native/*.so "$T/native/"
rm -rf "$T/native/META-INF"

# The launcher starts the JVM through coreutils' env with HUP, INT and TERM ignored and blocked
# (see jnode). An env without those options (coreutils before 8.31, busybox) is not used: there,
# a signal sent while the JVM starts makes it exit 129/130/143 instead of dying by the signal.
if env --ignore-signal=TERM --block-signal=TERM true 2>/dev/null; then
  echo yes >"$T/env-signals"
else
  rm -f "$T/env-signals"
fi

# The runtime image, rebuilt only when the JDK changes.
if [ "$(cat "$T/image.jdk" 2>/dev/null)" != "$JDK $JDK_VERSION" ]; then
  rm -rf "$T/image"
  "$JDK/bin/jlink" --add-modules java.base,java.logging,java.management,jdk.management,jdk.unsupported,jdk.internal.vm.ci,java.sql,java.xml,jdk.jfr,java.naming,jdk.naming.dns,jdk.crypto.ec,jdk.zipfs \
    --generate-cds-archive --strip-debug --no-header-files --no-man-pages --output "$T/image"
  echo "$JDK $JDK_VERSION" >"$T/image.jdk"
fi

# The AOT cache: a training run that loads the runtime and common modules.
rm -f "$T/jnode.aot"
touch "$T/.built"
JNODE_AOT_TRAIN=1 "$ROOT/jnode" "$ROOT/runtime/aot-training.js" >/dev/null 2>"$T/aot.log" || true
