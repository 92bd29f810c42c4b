#!/bin/bash
# Captures real nginx lines for rows of nginx-source-messages.tsv that capture.sh does not
# reach: FastCGI, SCGI and gRPC upstreams that answer with the wrong bytes, and TLS upstreams
# that never finish the handshake. Peers are helpers.py's (no lab build needed).
# Run as root on Debian 12 from the repo root: bash tests/data/nginx-upstream-errors/capture-source-rows.sh OUTDIR
set -u
OUT=${1:?output dir}
W=/tmp/gdcap2/run
HELPERS=$(dirname "$0")/helpers.py
rm -rf "$W"; mkdir -p "$W"/logs "$W"/tmp "$OUT"
P=3850   # ports 38500..38519

cat > "$W"/nginx.conf <<NGX
user www-data;
worker_processes 1;
error_log $W/logs/error.log info;
pid $W/logs/nginx.pid;
events { worker_connections 256; }
http {
  access_log $W/logs/access.log;
  client_body_temp_path $W/tmp/body; proxy_temp_path $W/tmp/proxy; fastcgi_temp_path $W/tmp/fcgi;
  uwsgi_temp_path $W/tmp/uwsgi; scgi_temp_path $W/tmp/scgi;
  server {
    listen 127.0.0.1:${P}0;
    server_name lab.test;
    location /fcgi-type { fastcgi_pass 127.0.0.1:${P}1; include /etc/nginx/fastcgi_params; }
    location /fcgi-id { fastcgi_pass 127.0.0.1:${P}2; include /etc/nginx/fastcgi_params; }
    location /fcgi-record { fastcgi_pass 127.0.0.1:${P}3; include /etc/nginx/fastcgi_params; }
    location /scgi-status { scgi_pass 127.0.0.1:${P}4; include /etc/nginx/scgi_params; }
    location /grpc-http1 { grpc_pass grpc://127.0.0.1:${P}5; }
    location /grpc-settings { grpc_pass grpc://127.0.0.1:${P}6; }
    location /grpc-rst { grpc_pass grpc://127.0.0.1:${P}7; }
    location /tls-sink { proxy_pass https://127.0.0.1:${P}8; proxy_connect_timeout 1s; }
    location /tls-closer { proxy_pass https://127.0.0.1:${P}9; }
  }
}
NGX

PIDS=()
bg() { "$@" >/dev/null 2>&1 & PIDS+=($!); }
# FastCGI record header: version 1, type 11 (no such type)
bg python3 "$HELPERS" raw ${P}1 010b000100000000
# version 1, type 6 (STDOUT), request id 0x0501: nginx's request is id 1
bg python3 "$HELPERS" raw ${P}2 0106050100000000
# END_REQUEST (type 3) before any STDOUT
bg python3 "$HELPERS" raw ${P}3 01030001000800000000000000000000
# SCGI answer whose Status header holds no number
bg python3 "$HELPERS" raw ${P}4 "$(printf 'Status: abc\r\nContent-Type: text/plain\r\n\r\nx' | xxd -p | tr -d '\n')"
# an HTTP/1.1 answer to gRPC: "HTT" read as an HTTP/2 frame length (4740180)
bg python3 "$HELPERS" raw ${P}5 "$(printf 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok' | xxd -p | tr -d '\n')"
# an HTTP/2 SETTINGS frame on stream 1 (SETTINGS belong to stream 0)
bg python3 "$HELPERS" raw ${P}6 000000040000000001
# RST_STREAM on stream 1 with error 7 (REFUSED_STREAM)
bg python3 "$HELPERS" raw ${P}7 00000403000000000100000007
bg python3 "$HELPERS" sink ${P}8
bg python3 "$HELPERS" closer ${P}9
# wait until every peer listens (python starts slowly on a busy machine)
for port in $(seq ${P}1 ${P}9); do
  for i in $(seq 100); do ss -Htln "sport = :$port" | grep -q . && break; sleep 0.1; done
done
nginx -c "$W"/nginx.conf -p "$W" || { echo "nginx failed"; kill "${PIDS[@]}"; exit 1; }
sleep 0.5

LOG=$W/logs/error.log
U=http://127.0.0.1:${P}0
scenario() {
  local name=$1; shift
  local before; before=$(stat -c %s "$LOG")
  "$@"
  sleep ${SETTLE:-0.6}
  tail -c +$((before + 1)) "$LOG" > "$OUT/$name.log"
  printf '%-28s %s lines\n' "$name" "$(wc -l < "$OUT/$name.log")"
}
c() { curl -s -o /dev/null -w '%{http_code} ' --max-time ${MT:-8} "$@"; }

scenario fastcgi-invalid-record-type c $U/fcgi-type/x
scenario fastcgi-unexpected-request-id c $U/fcgi-id/x
scenario fastcgi-unexpected-record c $U/fcgi-record/x
scenario scgi-invalid-status c $U/scgi-status/x
scenario grpc-to-http1-server c $U/grpc-http1/x
scenario grpc-settings-stream-id c $U/grpc-settings/x
scenario grpc-rst-stream c $U/grpc-rst/x
SETTLE=1 scenario tls-handshake-timeout c $U/tls-sink/x
scenario tls-peer-closed c $U/tls-closer/x
kill -QUIT $(cat "$W"/logs/nginx.pid); sleep 1
kill "${PIDS[@]}" 2>/dev/null; wait 2>/dev/null
echo done
