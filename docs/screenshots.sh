#!/usr/bin/env bash
# Produces the README's screenshots (docs/img/*.png) from the real main window on the simulated P1, under Xvfb.
# Needs: xvfb, xauth, libgtk-3-0 (apt). Run from anywhere: docs/screenshots.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package test-compile
xvfb-run -a -s "-screen 0 1600x1000x24" \
  java -cp target/reclaim.jar:target/test-classes dev.reclaim.ui.Screenshots "${1:-docs/img}"
