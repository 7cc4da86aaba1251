#!/usr/bin/env bash
# Linux installer, after jpackage (run by `mvn -Pinstaller package`). DIR is the installer directory: image/reclaim
# is the app-image, deb/ holds the one .deb jpackage made from it. This adds to both:
#   lib/app/reclaim.classlist  the classes the first window loads, recorded from one start of the app-image under
#                              xvfb; postinst makes the CDS archive from it (make-cds-archive)
# and to the .deb what belongs outside /opt/reclaim, owned by the package so that removing it removes them:
#   /usr/lib/udev/rules.d/49-reclaim-*.rules   ST-Link probes and USB-serial adapters without root
#   /usr/bin/reclaim                            the command on the PATH
#   /usr/share/mime/packages/reclaim.xml        the DCT (*.dct) and Intel HEX (*.hex) types (reclaim-mime.xml)
# and replaces jpackage's desktop entry (it has no MimeType= and passes no files) with reclaim.desktop, under the
# name jpackage gave it, so that postinst's xdg-desktop-menu installs ours: "Open with Reclaim" on those types and logs.
# Usage: finish-deb.sh DIR
set -euo pipefail
dir=$(readlink -f "$1")
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
debs=("$dir"/deb/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "finish-deb: expected one .deb in $dir/deb" >&2; exit 1; }
deb=${debs[0]}
image="$dir/image/reclaim"
if ! command -v xvfb-run >/dev/null; then
  echo "finish-deb: xvfb-run not found; the class list is recorded from one start of the window." >&2
  echo "            Install it: sudo apt-get install xvfb xauth libgtk-3-0" >&2
  exit 1
fi

# One start of the window, stopped once it shows the simulated P1's DCT. A scratch HOME keeps the build user's
# window preferences out of it and it out of them.
warm="$dir/warmup"
rm -rf "$warm" && mkdir -p "$warm/home"
HOME="$warm/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$warm/reclaim.classlist -Dreclaim.timing=true" \
  xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '"$0" & echo $! > "$1"; wait' "$image/bin/reclaim" "$warm/pid" \
  > "$warm/out.log" 2>&1 &
runner=$!
for _ in $(seq 1 240); do
  grep -q "DCT shown" "$warm/out.log" 2>/dev/null && break
  kill -0 "$runner" 2>/dev/null || break
  sleep 0.5
done
shown=$(grep -c "DCT shown" "$warm/out.log" || true)
[ -f "$warm/pid" ] && kill "$(cat "$warm/pid")" 2>/dev/null || true
wait "$runner" || true
if [ "$shown" = 0 ]; then
  echo "finish-deb: the window did not come up under xvfb; its output:" >&2
  cat "$warm/out.log" >&2
  exit 1
fi
install -m 644 "$warm/reclaim.classlist" "$image/lib/app/reclaim.classlist"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One fakeroot session, so the files keep root as owner from unpacking to packing.
fakeroot -- sh -e -c '
  dpkg-deb -R "$1" "$2/pkg"
  install -m 644 "$4/lib/app/reclaim.classlist" "$2/pkg/opt/reclaim/lib/app/"
  install -d "$2/pkg/usr/lib/udev/rules.d" "$2/pkg/usr/bin"
  install -m 644 "$3"/49-reclaim-*.rules "$2/pkg/usr/lib/udev/rules.d/"
  ln -s /opt/reclaim/bin/reclaim "$2/pkg/usr/bin/reclaim"
  install -d "$2/pkg/usr/share/mime/packages"
  install -m 644 "$3/reclaim-mime.xml" "$2/pkg/usr/share/mime/packages/reclaim.xml"
  set -- "$@" "$2"/pkg/opt/reclaim/lib/*.desktop
  [ $# -eq 5 ] && [ -f "$5" ] || { echo "finish-deb: expected one desktop entry in /opt/reclaim/lib" >&2; exit 1; }
  install -m 644 "$3/reclaim.desktop" "$5"
  dpkg-deb -b -Zxz "$2/pkg" "$1" >/dev/null
' finish "$deb" "$work" "$here" "$image"
echo "finish-deb: $(wc -l < "$image/lib/app/reclaim.classlist") classes in the class list; $(basename "$deb") $(du -h "$deb" | cut -f1)"
