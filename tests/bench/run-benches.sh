#!/bin/sh
# Runs every benchmark given, even when an earlier one misses a target or fails:
# each prints MET/MISSED per figure. Exits non-zero if any of them did.
status=0
for bench in "$@"; do
  "$bench" || status=1
done
exit $status
