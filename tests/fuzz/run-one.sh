#!/bin/sh
# run-one.sh <fuzz_name binary> <seconds> <build dir> <seed dirs...>
# Runs one fuzz target from its corpus and its seeds. Prints one line of figures;
# on a crash, a sanitizer report or a property failure, the end of the log, and fails.
set -u
binary=$1 seconds=$2 build=$3
shift 3
name=${binary##*/fuzz_}
corpus="$build/corpus/$name" crashes="$build/crashes/$name" log="$build/fuzz-logs/$name.log"
mkdir -p "$corpus" "$crashes" "$build/fuzz-logs"
"$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$crashes/" "$corpus" "$@" >"$log" 2>&1
status=$?
figure() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
cov=$(printf '%s\n' "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
ft=$(printf '%s\n' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
printf 'fuzz %-22s %s: %s execs in %s s, cov %s, ft %s, corpus %s files\n' "$name" \
  "$([ $status = 0 ] && echo ok || echo FAILED)" "$(figure number_of_executed_units)" "$seconds" \
  "${cov:-?}" "${ft:-?}" "$(ls "$corpus" | wc -l)"
if [ $status != 0 ]; then
  tail -n 60 "$log"
  echo "fuzz $name: input kept in $crashes (log: $log)"
  exit 1
fi
