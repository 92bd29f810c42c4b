#!/bin/sh
# Screenshots of every wizard page under Xvfb (the real xcb platform and fonts).
#   tests/ui/take-screenshots.sh BUILD_DIR OUTDIR [SCENARIO] [--dark]
set -eu
build=$1; shift
# The wizard speaks the locale (LANG=de_DE.UTF-8 for German) from the build's catalogues.
exec env QT_QPA_PLATFORM=xcb GD_LAB_BIN_DIR="$build/tests/lab" GD_TRANSLATIONS="$build/translations" \
  xvfb-run -a -s "-screen 0 1280x800x24" "$build/tests/ui/wizard_screenshots" "$@"
