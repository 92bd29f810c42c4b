#!/bin/bash
# Captures PHP-FPM's status page (pm.status_path) from a real php-fpm, idle and
# saturated, over TCP and over a unix socket, the way Gateway Doctor asks for it:
# one FastCGI request (FastCgiProbe's Perl client) with SCRIPT_NAME = the status path.
#
#   bash tests/data/php-fpm-status/capture.sh [OUTDIR]   (as root; php-fpm installed)
#
# Each pool is pm = dynamic with pm.max_children = 2. "Saturated": two requests to a
# script that waits for a release file hold both children; php-fpm's once-a-second
# check logs "server reached pm.max_children" (and, past request_slowlog_timeout,
# counts them as slow requests); then the status request is queued,
# two more requests queue behind it, and one child is released: it serves the status
# page while the other child is still busy and two requests wait in the queue.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
src=$(cd "$here/../../.." && pwd)/app/probes/FastCgiProbe.cpp
fpm=$(ls /usr/sbin/php-fpm* | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/gd-fpm-status.XXXXXX)
chmod 755 "$dir"
port=$((40000 + RANDOM % 20000))
master=
cleanup() {
    touch "$dir"/release-{1,2,3,4,5,6,7,8}
    [ -n "$master" ] && kill "$master" 2>/dev/null && wait "$master" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT

# The client exactly as Gateway Doctor sends it (the Perl text inside FastCgiProbe.cpp).
python3 - "$src" "$dir/client.pl" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
open(sys.argv[2], "w").write(re.search(r'R"perl\((.*?)\)perl"', text, re.S).group(1))
EOF

cat >"$dir/php-fpm.conf" <<EOF
[global]
error_log = $dir/php-fpm.log
daemonize = no
pid = $dir/php-fpm.pid
include = $dir/pool.d/*.conf
EOF
mkdir "$dir/pool.d"
for pool in tcp sock; do
    if [ $pool = tcp ]; then listen=127.0.0.1:$port; else listen=$dir/php-fpm.sock; fi
    cat >"$dir/pool.d/$pool.conf" <<EOF
[$pool]
user = www-data
group = www-data
listen = $listen
listen.owner = www-data
listen.group = www-data
pm = dynamic
pm.max_children = 2
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 2
pm.status_path = /fpm-status
request_slowlog_timeout = 1s
slowlog = $dir/$pool.slow.log
EOF
done
cat >"$dir/wait.php" <<EOF
<?php
\$f = '$dir/release-' . preg_replace('/[^0-9]/', '', \$_GET['id'] ?? '0');
while (!file_exists(\$f)) usleep(20000);
echo "released\n";
EOF

"$fpm" -F -y "$dir/php-fpm.conf" >"$dir/stdout" 2>&1 &
master=$!
for _ in $(seq 100); do [ -S "$dir/php-fpm.sock" ] && break; sleep 0.1; done
sleep 1

# client HOST PORT SOCKET SCRIPT QUERY: the page's body, decoded from the hex the client
# prints; with RAW set, the client's own output is kept there too (what the parser reads).
client() {
    perl "$dir/client.pl" "$1" "$2" "$3" 60 "$4" "$5" | tee "${RAW:-/dev/null}" | sed -n 's/^body=//p' | xxd -r -p
}
# The listen socket's queue as the kernel counts it (ss's Recv-Q).
queued() {
    if [ "$1" = tcp ]; then ss -tlnH "sport = :$port" | awk '{print $2}'
    else ss -xlnH | awk -v p="$dir/php-fpm.sock" '$5 == p {print $3}'; fi
}
wait_queue() {
    for _ in $(seq 200); do [ "$(queued "$1")" -ge "$2" ] && return 0; sleep 0.05; done
    echo "queue of $1 never reached $2" >&2
    return 1
}

for pool in tcp sock; do
    if [ $pool = tcp ]; then a=(127.0.0.1 "$port" ""); else a=("" 0 "$dir/php-fpm.sock"); fi
    RAW=$out/$pool-idle.probe client "${a[@]}" /fpm-status "" >"$out/$pool-idle.txt"
    client "${a[@]}" /fpm-status json >"$out/$pool-idle.json"
    [ $pool = tcp ] && base=0 || base=4
    # Both children busy, long enough for php-fpm's check to count it.
    waiters=()
    for i in 1 2; do client "${a[@]}" "$dir/wait.php" "id=$((base + i))" >/dev/null & waiters+=($!); done
    for _ in $(seq 100); do grep -q "\[pool $pool\] server reached" "$dir/php-fpm.log" && break; sleep 0.1; done
    sleep 1.5 # past request_slowlog_timeout
    RAW=$out/$pool-saturated.probe client "${a[@]}" /fpm-status "" >"$out/$pool-saturated.txt" &
    status=$!
    wait_queue $pool 1
    for i in 3 4; do client "${a[@]}" "$dir/wait.php" "id=$((base + i))" >/dev/null & waiters+=($!); done
    wait_queue $pool 3
    sleep 1.5 # php-fpm reads the queue's length once a second
    touch "$dir/release-$((base + 1))"
    wait $status
    touch "$dir"/release-{$((base + 2)),$((base + 3)),$((base + 4))}
    wait "${waiters[@]}"
done
cp "$dir/php-fpm.log" "$out/php-fpm.log"
cp "$dir/pool.d/tcp.conf" "$dir/pool.d/sock.conf" "$out/"
"$fpm" -v | head -n 1 >"$out/php-fpm-version.txt"
