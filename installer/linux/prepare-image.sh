#!/usr/bin/env bash
# Linux installer, before jpackage (run by `mvn -Pinstaller package`). Under DIR it makes:
#   runtime/  a jlink image of the JDK modules Reclaim needs plus JavaFX (from the platform jars Maven copied to
#             fxmods/), with JavaFX's native libraries copied into runtime/lib, where JavaFX looks first (else it
#             unpacks them from its jar into ~/.openjfx/cache at every new user's first start);
#   input/    jpackage's --input: the dependencies Maven copied there, the app jar and make-cds-archive.
# Usage: prepare-image.sh DIR JDK_HOME APP_JAR MODULES
set -euo pipefail
dir=$1 jdk=$2 app_jar=$3 modules=$4
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

rm -rf "$dir/runtime"
"$jdk/bin/jlink" --module-path "$dir/fxmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --output "$dir/runtime"
for jar in "$dir"/fxmods/javafx-*.jar; do
  unzip -q -o -j "$jar" '*.so' -d "$dir/runtime/lib" 2>/dev/null || true   # javafx-base and -controls have none
done
cp "$app_jar" "$dir/input/"
install -m 755 "$here/make-cds-archive" "$dir/input/make-cds-archive"
echo "prepare-image: runtime $(du -sh "$dir/runtime" | cut -f1) ($modules)"
