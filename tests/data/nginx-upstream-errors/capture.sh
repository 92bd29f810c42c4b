#!/bin/bash
# Captures real nginx 1.22 / php-fpm 8.2 log lines, one file per scenario.
# Run as root on Debian 12 from the repo root: bash tests/data/upstream-errors/capture.sh OUTDIR
set -u
OUT=${1:?output dir}
LAB=${LAB:-build/qt6/tests/lab}
W=/tmp/gdcap/run
HELPERS=$(dirname "$0")/helpers.py
rm -rf "$W"; mkdir -p "$W"/logs "$W"/www "$W"/tmp; chmod 755 "$W" "$W"/www
mkdir -p "$OUT"
P=3848   # port prefix: 38480..38499

head -c 30000000 /dev/urandom | base64 > "$W"/www/big.txt
cat > "$W"/www/die.php <<'PHP'
<?php echo str_repeat("partial output\n", 100); flush(); posix_kill(posix_getpid(), 9);
PHP
cat > "$W"/www/slow.php <<'PHP'
<?php $s = (int)($_GET['s'] ?? 2); sleep($s); echo "slept $s\n";
PHP
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=lab-ca -keyout "$W"/ca.key -out "$W"/ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj /CN=upstream.test -keyout "$W"/key.pem -out "$W"/leaf.csr 2>/dev/null
openssl x509 -req -in "$W"/leaf.csr -CA "$W"/ca.pem -CAkey "$W"/ca.key -CAcreateserial -days 2 -out "$W"/cert.pem 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=self.test -keyout "$W"/self.key -out "$W"/self.pem 2>/dev/null

cat > "$W"/nginx.conf <<NGX
user www-data;
worker_processes 1;
error_log $W/logs/error.log info;
pid $W/logs/nginx.pid;
events { worker_connections 256; }
http {
  log_format upstreams '\$remote_addr - \$remote_user [\$time_local] "\$request" \$status \$body_bytes_sent '
                       'rt=\$request_time uct="\$upstream_connect_time" urt="\$upstream_response_time" '
                       'us="\$upstream_status" ua="\$upstream_addr"';
  access_log $W/logs/access.log;
  access_log $W/logs/access-upstreams.log upstreams;
  client_body_temp_path $W/tmp/body; proxy_temp_path $W/tmp/proxy; fastcgi_temp_path $W/tmp/fcgi;
  uwsgi_temp_path $W/tmp/uwsgi; scgi_temp_path $W/tmp/scgi;
  upstream pool2 { server 127.0.0.1:${P}7; server 127.0.0.1:${P}8; }
  server {
    listen 127.0.0.1:${P}0;
    server_name lab.test;
    client_max_body_size 200m;
    location /refused { proxy_pass http://127.0.0.1:${P}7; }
    location /sock-missing { proxy_pass http://unix:$W/missing.sock:; }
    location /sock-perm { proxy_pass http://unix:$W/perm.sock:; }
    location /sock-busy { proxy_pass http://unix:$W/busy.sock:; }
    location /close { proxy_pass http://127.0.0.1:${P}2; }
    location /reset { proxy_pass http://127.0.0.1:${P}3; }
    location /slow { proxy_pass http://127.0.0.1:${P}4; proxy_read_timeout 1s; }
    location /client-gone { proxy_pass http://127.0.0.1:${P}4; }
    location /huge { proxy_pass http://127.0.0.1:${P}5; }
    location /connect-timeout { proxy_pass http://127.0.0.1:38475; proxy_connect_timeout 1s; }
    location /pool { proxy_pass http://pool2; }
    location /no-resolver { set \$backend app.invalid; proxy_pass http://\$backend:8080; }
    location /resolve-nx { resolver 127.0.0.1:${P}3; resolver_timeout 2s; set \$b2 app.example.test; proxy_pass http://\$b2:8080; }
    location /resolve-timeout { resolver 127.0.0.1:${P}9; resolver_timeout 2s; set \$b3 api.example.test; proxy_pass http://\$b3:8080; }
    location /garbage { proxy_pass http://127.0.0.1:${P}9; }
    location /fcgi-to-http/ { fastcgi_pass 127.0.0.1:${P}6; include /etc/nginx/fastcgi_params; }
    location /http-to-fcgi { proxy_pass http://unix:$W/php.sock:; }
    location /big { proxy_pass http://127.0.0.1:${P}6/big.txt; proxy_buffers 2 1k; proxy_buffer_size 1k; proxy_busy_buffers_size 1k; }
    location /body-close { proxy_pass http://127.0.0.1:38470; }
    location /body-reset { proxy_pass http://127.0.0.1:38471; }
    location /tls-plain { proxy_pass https://127.0.0.1:${P}6; }
    location /tls-verify { proxy_pass https://127.0.0.1:38476; proxy_ssl_verify on; proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt; }
    location /tls-name { proxy_pass https://127.0.0.1:38472; proxy_ssl_verify on; proxy_ssl_trusted_certificate $W/ca.pem; proxy_ssl_name other.test; }
    location /bind99 { proxy_pass http://127.0.0.1:${P}1; proxy_bind 192.0.2.5; }
    location /send-pipe { proxy_pass http://127.0.0.1:38473; }
    location /send-timeout { proxy_pass http://127.0.0.1:38474; proxy_send_timeout 1s; }
    location /php-perm/ { fastcgi_pass unix:$W/php-perm.sock; include /etc/nginx/fastcgi_params; fastcgi_param SCRIPT_FILENAME $W/www/slow.php; }
    location /busy/ { fastcgi_pass unix:$W/php-busy.sock; include /etc/nginx/fastcgi_params; fastcgi_param SCRIPT_FILENAME $W/www/slow.php; }
    location /od/ { fastcgi_pass unix:$W/php-od.sock; include /etc/nginx/fastcgi_params; fastcgi_param SCRIPT_FILENAME $W/www/slow.php; }
    location ~ \.php\$ { root $W/www; fastcgi_pass unix:$W/php.sock; include /etc/nginx/fastcgi_params;
                         fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name; }
  }
  server { listen 127.0.0.1:${P}6; root $W/www; access_log off; }
  server { listen 127.0.0.1:38472 ssl; ssl_certificate $W/cert.pem; ssl_certificate_key $W/key.pem; return 200 "tls ok\n"; }
  server { listen 127.0.0.1:38476 ssl; ssl_certificate $W/self.pem; ssl_certificate_key $W/self.key; return 200 "tls ok\n"; }
}
NGX

cat > "$W"/php-fpm.conf <<FPM
[global]
pid = $W/php-fpm.pid
error_log = $W/logs/php-fpm.log
log_level = notice
daemonize = no
[www]
user = www-data
group = www-data
listen = $W/php.sock
listen.owner = www-data
listen.group = www-data
listen.mode = 0660
pm = dynamic
pm.max_children = 1
pm.start_servers = 1
pm.min_spare_servers = 1
pm.max_spare_servers = 1
request_terminate_timeout = 4s
[perm]
user = www-data
group = www-data
listen = $W/php-perm.sock
listen.owner = root
listen.group = root
listen.mode = 0600
pm = static
pm.max_children = 1
[busy]
user = www-data
group = www-data
listen = $W/php-busy.sock
listen.owner = www-data
listen.group = www-data
pm = dynamic
pm.max_children = 40
pm.start_servers = 20
pm.min_spare_servers = 20
pm.max_spare_servers = 25
[od]
user = www-data
group = www-data
listen = $W/php-od.sock
listen.owner = www-data
listen.group = www-data
pm = ondemand
pm.max_children = 1
FPM

PIDS=()
bg() { "$@" >/dev/null 2>&1 & PIDS+=($!); }
UP=$LAB/gd-lab-upstream
bg $UP --listen 127.0.0.1:${P}1 --mode ok
bg $UP --listen 127.0.0.1:${P}2 --mode close
bg $UP --listen 127.0.0.1:${P}3 --mode reset
bg $UP --listen 127.0.0.1:${P}4 --mode slow --delay-ms 3000
bg $UP --listen 127.0.0.1:${P}5 --mode hugeheader --header-bytes 8000
bg $UP --listen 127.0.0.1:${P}9 --mode close --partial 'SSH-2.0-OpenSSH_9.2p1 Debian-2'
bg $UP --listen 127.0.0.1:38470 --mode close --partial $'HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\npartial body'
bg $UP --listen 127.0.0.1:38471 --mode reset --partial $'HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\npartial body'
bg $UP --listen 127.0.0.1:38475 --mode noaccept --backlog 0
bg $UP --unix "$W"/perm.sock --unix-mode 0600 --mode ok
bg $UP --unix "$W"/busy.sock --unix-mode 0666 --mode noaccept --backlog 0
bg python3 "$HELPERS" dns ${P}3
bg python3 "$HELPERS" closer 38473
bg python3 "$HELPERS" sink 38474
bg php-fpm8.2 -F -y "$W"/php-fpm.conf
sleep 1.5
nginx -c "$W"/nginx.conf -p "$W" || { echo "nginx failed"; kill "${PIDS[@]}"; exit 1; }
sleep 0.5

LOG=$W/logs/error.log
FPMLOG=$W/logs/php-fpm.log
U=http://127.0.0.1:${P}0
# scenario NAME: run the commands given, then save the error-log lines it produced.
scenario() {
  local name=$1; shift
  local before; before=$(stat -c %s "$LOG")
  "$@"
  sleep ${SETTLE:-0.4}
  tail -c +$((before + 1)) "$LOG" > "$OUT/$name.log"
  printf '%-22s %s lines\n' "$name" "$(wc -l < "$OUT/$name.log")"
}
c() { curl -s -o /dev/null -w '%{http_code} ' --max-time ${MT:-8} "$@"; }

scenario refused c $U/refused/x?id=7
scenario unix-socket-missing c $U/sock-missing/api/v1/items
scenario unix-socket-permission c $U/sock-perm/
scenario unix-socket-backlog-full bash -c "for i in 1 2 3 4; do curl -s -o /dev/null --max-time 2 $U/sock-busy/q\$i & done; wait"
scenario prematurely-closed c $U/close/login
scenario reset-reading-header c -X POST -d a=1 $U/reset/form
scenario read-timeout c $U/slow/report
scenario too-big-header c $U/huge/
# the first connection fills the listen queue (backlog 0, never accepted): the next SYNs are dropped
SETTLE=1 scenario connect-timeout bash -c "for i in 1 2 3; do curl -s -o /dev/null --max-time 4 $U/connect-timeout/r\$i & sleep 0.2; done; wait"
scenario no-live-upstreams bash -c "for p in a b c; do curl -s -o /dev/null $U/pool/\$p; done"
scenario no-resolver c $U/no-resolver/
SETTLE=1 scenario resolve-not-found c $U/resolve-nx/
SETTLE=1 scenario resolve-timeout c $U/resolve-timeout/
scenario no-valid-http-header c $U/garbage/
scenario fastcgi-to-http-server c $U/fcgi-to-http/index
scenario http-to-fastcgi-server c $U/http-to-fcgi/
MT=1 scenario client-closed c $U/client-gone/slow
scenario buffered-to-temp-file c --limit-rate 2M --max-time 2 $U/big
scenario body-prematurely-closed c $U/body-close/download
scenario body-reset c $U/body-reset/download
scenario tls-wrong-version c $U/tls-plain/
scenario tls-verify-error c $U/tls-verify/
scenario tls-name-mismatch c $U/tls-name/
scenario bind-cannot-assign c $U/bind99/
scenario send-reset bash -c "head -c 20000000 /dev/zero | curl -s -o /dev/null --max-time 5 -X POST --data-binary @- $U/send-pipe/upload"
SETTLE=1 scenario send-timeout bash -c "head -c 50000000 /dev/zero | curl -s -o /dev/null --max-time 6 -X POST --data-binary @- $U/send-timeout/upload"
scenario fpm-child-killed c $U/die.php
scenario primary-script-unknown c $U/missing.php
scenario fastcgi-socket-permission c $U/php-perm/x
# php-fpm: one child, three requests at once -> "server reached pm.max_children"
scenario fpm-max-children bash -c "for i in 1 2 3; do curl -s -o /dev/null --max-time 9 '$U/slow.php?s=1' & done; wait"
scenario fpm-ondemand-max-children bash -c "for i in 1 2 3; do curl -s -o /dev/null --max-time 9 $U/od/x & done; wait"
# request_terminate_timeout = 4s, the script sleeps 7
SETTLE=2 scenario fpm-terminated c "$U/slow.php?s=7"
# a child killed with SIGSEGV in the middle of a request
scenario fpm-segv bash -c "curl -s -o /dev/null --max-time 9 '$U/slow.php?s=4' & sleep 1; kill -SEGV \$(ps -o pid=,args= --ppid \$(cat $W/php-fpm.pid) | awk '/pool www/{print \$1; exit}'); wait"
# 30 slow requests at once on a dynamic pool with min_spare 20 -> "seems busy"
SETTLE=1 scenario fpm-seems-busy bash -c "for i in \$(seq 30); do curl -s -o /dev/null --max-time 12 '$U/busy/x?s=8' & done; wait"
# a reload with an unresolvable upstream host: the master keeps the old config
sed -i "s|location /refused {|location /bad { proxy_pass http://app:8080; }\n    location /refused {|" "$W"/nginx.conf
# SIGHUP straight to the master (nginx -s reload would parse the config itself and stop there)
SETTLE=1 scenario emerg-host-not-found kill -HUP $(cat "$W"/logs/nginx.pid)
nginx -c "$W"/nginx.conf -p "$W" -t > "$OUT/emerg-host-not-found.nginx-t.txt" 2>&1
# the lines nginx writes around start, reload and stop
kill -QUIT $(cat "$W"/logs/nginx.pid); sleep 1
# Connection and file limits: a small nginx of its own per limit, in front of an upstream
# that never answers, with more clients at once than the limit allows.
limits() {
  local name=$1 main=$2 events=$3
  rm -f "$W"/logs/limits.log
  cat > "$W"/limits.conf <<LIM
user www-data;
worker_processes 1;
$main
error_log $W/logs/limits.log info;
pid $W/logs/limits.pid;
events { $events }
http {
  access_log off;
  client_body_temp_path $W/tmp/body; proxy_temp_path $W/tmp/proxy; fastcgi_temp_path $W/tmp/fcgi;
  uwsgi_temp_path $W/tmp/uwsgi; scgi_temp_path $W/tmp/scgi;
  server { listen 127.0.0.1:38477; server_name limits.test; location / { proxy_pass http://127.0.0.1:38478; proxy_read_timeout 3s; } }
}
LIM
  nginx -c "$W"/limits.conf -p "$W" || return
  sleep 0.5
  local curls=()
  for i in $(seq 12); do curl -s -o /dev/null --max-time 4 http://127.0.0.1:38477/slot/$i & curls+=($!); done
  wait "${curls[@]}"
  kill -QUIT $(cat "$W"/logs/limits.pid); sleep 1
  grep -v -E '\[notice\]' "$W"/logs/limits.log > "$OUT/$name.log"
  printf '%-22s %s lines\n' "$name" "$(wc -l < "$OUT/$name.log")"
}
bg $UP --listen 127.0.0.1:38478 --mode hang
sleep 0.3
limits worker-connections-not-enough "" "worker_connections 6;"
limits too-many-open-files "worker_rlimit_nofile 12;" "worker_connections 64;"
cp "$FPMLOG" "$OUT/php-fpm.log"
cp "$W"/logs/access.log "$OUT/access.log"
cp "$W"/logs/access-upstreams.log "$OUT/access-upstreams.log"
cp "$LOG" "$OUT/full-session.log"
kill "${PIDS[@]}" 2>/dev/null; wait 2>/dev/null
echo done
