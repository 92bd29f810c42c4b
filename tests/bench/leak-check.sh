#!/bin/bash
# leak-check.sh <gateway-doctor>: a diagnosis and one whole fix cycle (backup, edit,
# nginx -t, reload, check, rollback) of a throwaway nginx whose upstream is down, each
# under valgrind's memcheck. Prints what each run lost and any memory error, and the
# stacks that pass through our code (gd::). Exit 1 when our code lost memory or
# memcheck saw an error. `cmake --build <dir> --target leaks` runs it.
set -u
binary=$(readlink -f "$1")
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; exit 2; }
tmp=$(mktemp -d)
trap '[ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$tmp"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port) dead=$(free_port)
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log;
events { worker_connections 64; }
http {
    access_log $tmp/nginx/logs/access.log;
    server {
        listen 127.0.0.1:$port;
        location / { proxy_pass http://127.0.0.1:$dead; }
    }
}
CONF
/usr/sbin/nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" &
for _ in $(seq 50); do [ -s "$tmp/nginx/nginx.pid" ] && curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
nginx_pid=$(cat "$tmp/nginx/nginx.pid")
url="http://127.0.0.1:$port/"

# PCRE2's JIT code (QRegularExpression) reads memory in ways memcheck cannot follow and
# reports as uninitialised: run the interpreter instead, as Qt allows.
export QT_ENABLE_REGEXP_JIT=0
status=0
run() { # run NAME ARGS...: gateway-doctor ARGS under memcheck
    local name=$1; shift
    local log="$tmp/$name.valgrind"
    local start=$SECONDS
    valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite --num-callers=30 --log-file="$log" \
        --suppressions="$(dirname "$0")/valgrind.supp" \
        "$binary" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    local exit=$?
    local lost indirect errors ours
    lost=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes in \([0-9,]*\) blocks.*/\1 bytes in \2 blocks/p' "$log")
    indirect=$(sed -n 's/.*indirectly lost: \([0-9,]*\) bytes.*/\1 bytes/p' "$log")
    errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9,]*\) errors.*/\1/p' "$log")
    # Loss records whose stack passes through our namespace: ours to fix.
    ours=$(awk '/(definitely|indirectly) lost in loss record/{rec=$0; keep=0; next}
                rec && /gd::/ {keep=1}
                rec && /^==[0-9]+== $/ {if (keep) n++; rec=""; keep=0}
                END {print n+0}' "$log")
    printf '%-10s exit %s in %3d s under memcheck: definitely lost %s, indirectly lost %s, %s memcheck errors, %s loss records through gd::\n' \
        "$name" "$exit" $((SECONDS - start)) "${lost:-0 bytes in 0 blocks}" "${indirect:-0 bytes}" "${errors:-?}" "$ours"
    if [ "${ours:-0}" != 0 ] || { [ -n "$errors" ] && [ "$errors" != 0 ]; }; then
        sed -n '/Parent PID/,/HEAP SUMMARY/p' "$log" | head -n 80 # memory errors
        awk '/(definitely|indirectly) lost in loss record/{p=1} p{print} /^==[0-9]+== $/{p=0}' "$log" | head -n 120
        status=1
    fi
}

curl -s -o /dev/null "$url"
run diagnose diagnose --conf "$tmp/nginx/nginx.conf" --url "$url" --json
run fix fix timeouts --conf "$tmp/nginx/nginx.conf" --url "$url" --read 75s --yes --guard 0
grep -q 'proxy_read_timeout' "$tmp/nginx/nginx.conf" && echo "(the fix was kept: the URL answered)" ||
    echo "(the fix was rolled back: the URL still answers 502, as its upstream is down)"
exit $status
