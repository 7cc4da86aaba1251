#!/usr/bin/env bash
# Installer test (run by `mvn -Pinstaller verify` and by .ci/run): unpacks the .deb into a scratch root and runs the
# installed `reclaim` where no system Java can be found (the JDKs hidden by an empty tmpfs over /usr/lib/jvm in a
# private mount namespace when unshare is allowed, and in any case no java on PATH and no JAVA_HOME).
# Then: --version, log analyze on the fixture log, keys new + dct set + dct show on a DCT it makes, the CDS archive,
# and, when xvfb-run is present, the time to the first window. Prints the package size and that time.
# Usage: test-deb.sh DIR FIXTURE_LOG POM_VERSION (DIR holds the one .deb)
set -euo pipefail
debs=("$1"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "test-deb: expected one .deb in $1" >&2; exit 1; }
deb=$(readlink -f "${debs[0]}") log=$(readlink -f "$2") version=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

dpkg-deb -x "$deb" "$scratch/root"
app="$scratch/root/opt/reclaim"
for f in bin/reclaim lib/runtime/bin/java lib/runtime/lib/libglassgtk3.so lib/app/reclaim.classlist \
         lib/reclaim.png; do
  [ -e "$app/$f" ] || fail "the package has no /opt/reclaim/$f"
done
# The window's start must not load AWT (only macOS needs it, for Finder's open-documents events): it costs time.
if grep -q '^java/awt/' "$app/lib/app/reclaim.classlist"; then
  fail "the window's start loads AWT: $(grep -m3 '^java/awt/' "$app/lib/app/reclaim.classlist" | tr '\n' ' ')"
fi
for f in usr/lib/udev/rules.d/49-reclaim-stlink.rules usr/lib/udev/rules.d/49-reclaim-usb-serial.rules; do
  [ -f "$scratch/root/$f" ] || fail "the package has no /$f"
done
[ "$(readlink "$scratch/root/usr/bin/reclaim")" = /opt/reclaim/bin/reclaim ] || fail "/usr/bin/reclaim is not the launcher"
dpkg-deb -f "$deb" Depends | grep -q libgtk-3-0 || fail "Depends does not name libgtk-3-0"

# File associations: the MIME types and the desktop entry that opens them (postinst installs that entry).
mime="$scratch/root/usr/share/mime/packages/reclaim.xml"
[ -f "$mime" ] || fail "the package has no /usr/share/mime/packages/reclaim.xml"
desktops=("$app"/lib/*.desktop)
[ ${#desktops[@]} -eq 1 ] && [ -f "${desktops[0]}" ] || fail "expected one desktop entry in /opt/reclaim/lib"
entry=${desktops[0]}
grep -qx 'MimeType=application/x-reclaim-dct;text/x-hex;text/x-log;' "$entry" || fail "$(basename "$entry") has no MimeType= for DCT, HEX and log files"
grep -qx 'Exec=/opt/reclaim/bin/reclaim gui %F' "$entry" || fail "$(basename "$entry") does not pass the files (%F) to reclaim gui"
icon=$(sed -n 's/^Icon=//p' "$entry")
[ -f "$scratch/root$icon" ] || fail "the desktop entry's icon $icon is not in the package"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$entry" || fail "desktop-file-validate rejects $(basename "$entry")"
fi
if command -v update-mime-database >/dev/null; then
  # shared-mime-info's own compiler, into a scratch database: it must accept the file and map the globs.
  mkdir -p "$scratch/mime/packages" && cp "$mime" "$scratch/mime/packages/"
  update-mime-database "$scratch/mime" >/dev/null 2>"$scratch/mime.err" || fail "update-mime-database: $(cat "$scratch/mime.err")"
  grep -q ':application/x-reclaim-dct:\*\.dct' "$scratch/mime/globs2" || fail "the MIME database has no *.dct glob"
  grep -q ':text/x-hex:\*\.hex' "$scratch/mime/globs2" || fail "the MIME database has no *.hex glob"
fi
echo "test-deb: file associations: $(basename "$entry") opens application/x-reclaim-dct (*.dct), text/x-hex, text/x-log"

mkdir -p "$scratch/home" "$scratch/empty" "$scratch/work"
# run CMD...: the installed launcher's command with nothing of the system's Java reachable.
hide=()
if unshare -m --propagation private true 2>/dev/null; then
  hide=(unshare -m --propagation private sh -c 'mount -t tmpfs none /usr/lib/jvm && exec "$@"' hide)
fi
run() {
  (cd "$scratch/work" && "${hide[@]}" env -i HOME="$scratch/home" PATH="$scratch/empty" LANG=C.UTF-8 "$@")
}
run sh -c 'command -v java' >/dev/null 2>&1 && fail "a java is reachable where the installed app runs"
[ ${#hide[@]} -gt 0 ] && { run /bin/ls /usr/lib/jvm | grep -q . && fail "/usr/lib/jvm is not hidden"; }
echo "test-deb: system JDKs hidden ($([ ${#hide[@]} -gt 0 ] && echo "tmpfs over /usr/lib/jvm, " )no java on PATH, no JAVA_HOME)"

out=$(run "$app/bin/reclaim" --version)
echo "$out" | grep -Eq "^Reclaim ${version//./\\.} \\(([0-9a-f]{7}|unknown commit)\\)$" \
  || fail "--version printed: $out"
echo "test-deb: --version: $out"

out=$(run "$app/bin/reclaim" log analyze "$log") || fail "log analyze exited $?: $out"
echo "$out" | grep -q cloud_closed_during_key_exchange || fail "log analyze did not name cloud_closed_during_key_exchange: $out"
echo "test-deb: log analyze names cloud_closed_during_key_exchange"

head -c 32768 /dev/zero | tr '\0' '\377' > "$scratch/work/blank.bin"
run "$app/bin/reclaim" keys new --out device >/dev/null || fail "keys new failed"
run "$app/bin/reclaim" dct set blank.bin device_private_key=@device.der server_public_key=particle \
  server_address=device.spark.io --out healthy.bin >/dev/null || fail "dct set failed"
out=$(run "$app/bin/reclaim" dct show healthy.bin) || fail "dct show exited $?: $out"
echo "$out" | grep -q "two-sector dump" || fail "dct show did not read the dump: $out"
echo "$out" | grep -q "device.spark.io" || fail "dct show did not show the server address: $out"
echo "test-deb: keys new, dct set and dct show ran on a DCT made here"

# As postinst runs it: with the system PATH (for rm, dirname), still with the JDKs hidden.
run /usr/bin/env PATH=/usr/bin:/bin "$app/lib/app/make-cds-archive" >/dev/null 2>&1 || fail "make-cds-archive failed"
archived=$(run /usr/bin/env JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$app/bin/reclaim" --version 2>/dev/null \
  | grep -c "dev.reclaim.Main source: shared objects file" || true)
[ "$archived" -gt 0 ] || fail "the launcher does not use the CDS archive"
echo "test-deb: the launcher maps the CDS archive ($(du -h "$app/lib/app/reclaim.jsa" | cut -f1))"

echo "test-deb: package $(basename "$deb"): $(du -m "$deb" | cut -f1) MB, installed $(du -sm "$scratch/root" | cut -f1) MB"
if command -v xvfb-run >/dev/null; then
  for i in 1 2 3; do
    rm -f "$scratch/gui.pid"
    run /usr/bin/env PATH=/usr/bin:/bin xvfb-run -a -s "-screen 0 1600x1000x24" /bin/sh -c \
      'JAVA_TOOL_OPTIONS=-Dreclaim.timing=true "$0" & echo $! > "$1"; wait' "$app/bin/reclaim" "$scratch/gui.pid" \
      > "$scratch/gui.log" 2>&1 &
    for _ in $(seq 1 120); do grep -q "window shown" "$scratch/gui.log" && break; sleep 0.5; done
    [ -f "$scratch/gui.pid" ] && kill -TERM "$(cat "$scratch/gui.pid")" 2>/dev/null || true
    wait || true
    line=$(grep -o "window shown [0-9]* ms" "$scratch/gui.log" || true)
    [ -n "$line" ] || fail "the installed GUI did not show its window: $(cat "$scratch/gui.log")"
    echo "test-deb: first window, run $i: $line after JVM start"
  done
fi
echo "test-deb: OK"
