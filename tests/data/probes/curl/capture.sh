#!/bin/bash
# Re-creates the curl captures in this folder (README.md) from real programs: curl 7.88
# against gateway-doctor-lab-upstream, nginx, openssl s_server and nft rules, all inside a
# private network, PID and mount namespace, so nothing on the host is touched or in the way.
# The -w format is the README's FORMAT line, which tst_probes_httpprobe compares with
# HttpProbe::writeOutFormat(). Run as root on Debian 12 (nginx, openssl, nftables, iproute2):
#   bash tests/data/probes/curl/capture.sh build/qt6/gateway-doctor-lab-upstream
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
lab=/tmp/gd-probes-cap/lab # fixed: the unix socket paths end up in the captures
netns=gdcurlcap

if [ "${1:-}" != --inside ]; then
    upstream="$(realpath "${1:?usage: capture.sh PATH/TO/gateway-doctor-lab-upstream}")"
    rm -rf "$lab" && mkdir -p "$lab/run" "$lab/ng/conf" "$lab/ng/logs" "$lab/ng/tmp"
    chmod 755 /tmp/gd-probes-cap "$lab" "$lab/run" # nobody must reach private.sock to be refused
    # Debian's default /etc/hosts: localhost is 127.0.0.1 and ::1.
    printf '127.0.0.1\tlocalhost\n\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n' \
        > "$lab/hosts.debian"
    cat > "$lab/ng/conf/nginx.conf" <<EOF
user www-data;
worker_processes 2;
pid $lab/ng/logs/nginx.pid;
error_log $lab/ng/logs/error.log;
events { worker_connections 64; }
http {
    access_log $lab/ng/logs/access.log;
    client_body_temp_path $lab/ng/tmp/body;
    proxy_temp_path $lab/ng/tmp/proxy;
    fastcgi_temp_path $lab/ng/tmp/fastcgi;
    uwsgi_temp_path $lab/ng/tmp/uwsgi;
    scgi_temp_path $lab/ng/tmp/scgi;
    default_type text/html;
    server {
        listen 80;
        listen [::]:80;
        location /ok { proxy_pass http://127.0.0.1:8080/; }
        location /refused { proxy_pass http://127.0.0.1:8099/; }
        location /slow { proxy_read_timeout 1s; proxy_pass http://127.0.0.1:8085/; }
    }
}
EOF
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$lab/tls.key" -out "$lab/tls.crt" -days 30 \
        -subj /CN=gd-lab.test 2>/dev/null
    ip netns add "$netns"
    trap 'ip netns delete "$netns"' EXIT
    ip netns exec "$netns" unshare --pid --fork --mount-proc --mount bash "$0" --inside "$upstream"
    exit 0
fi

# Inside the namespace.
upstream=$2
FORMAT="$(grep -m1 '^gd-curl\\n' "$here/README.md")"
ip link set lo up
mount --bind "$lab/hosts.debian" /etc/hosts
ip addr add 10.0.0.7/32 dev lo # "the app listens on another address"
nft -f - <<'EOF'
table inet gdcap {
  chain output {
    type filter hook output priority 0; policy accept;
    tcp dport 8089 drop
    tcp dport 8097 reject with icmp type host-unreachable
    tcp dport 8096 reject with icmpx type admin-prohibited
    tcp dport 8095 reject with tcp reset
  }
}
EOF
up() { "$upstream" "$@" > /dev/null 2>&1 & }
up --listen 127.0.0.1:8080 --mode ok
up --listen '[::1]:8081' --mode ok
up --listen 127.0.0.1:8085 --mode slow
up --listen 127.0.0.1:8086 --mode close
up --listen 127.0.0.1:8087 --mode reset
up --listen 127.0.0.1:8088 --mode hang
up --listen 10.0.0.7:8090 --mode ok
up --unix "$lab/run/app.sock" --unix-mode 0660 --mode ok
up --unix "$lab/run/private.sock" --unix-mode 0600 --mode ok
nginx -p "$lab/ng" -c "$lab/ng/conf/nginx.conf"
openssl s_server -quiet -accept 8443 -cert "$lab/tls.crt" -key "$lab/tls.key" -www > /dev/null 2>&1 &
sleep 2
ss -tlnpH >&2
ss -xlpH >&2

base="curl -q -sS -v -o /dev/null --noproxy '*' --globoff --connect-timeout 2 --max-time 3 -w FORMAT"
run() { # NAME [EXTRA...] URL
    local name=$1
    shift
    local url=${*: -1}
    local extra=("${@:1:$#-1}")
    echo "$base ${extra[*]:+${extra[*]} }--url $url" > "$here/$name.cmd"
    set +e
    curl -q -sS -v -o /dev/null --noproxy '*' --globoff --connect-timeout 2 --max-time 3 -w "$FORMAT" \
        "${extra[@]}" --url "$url" > "$here/$name.stdout" 2> "$here/$name.stderr"
    echo $? > "$here/$name.exit"
    set -e
}
run ok http://127.0.0.1:8080/
run ok-ipv6 'http://[::1]:8081/'
run localhost-v4-only http://localhost:8080/
run localhost-v6-only http://localhost:8081/
run localhost-nothing http://localhost:8099/
run refused http://127.0.0.1:8099/
run refused-ipv6 'http://[::1]:8099/'
run other-address http://10.0.0.7:8080/
run close http://127.0.0.1:8086/
run reset http://127.0.0.1:8087/
run slow-max-time-1 --max-time 1 http://127.0.0.1:8085/
run hang http://127.0.0.1:8088/
run unix-ok --unix-socket "$lab/run/app.sock" http://localhost/
run unix-missing --unix-socket "$lab/run/missing.sock" http://localhost/
echo "su nobody -s /bin/sh -c 'curl ... --unix-socket $lab/run/private.sock --url http://localhost/' (socket mode 0600 root)" \
    > "$here/unix-permission-denied.cmd"
set +e
su nobody -s /bin/sh -c "curl -q -sS -v -o /dev/null --noproxy '*' --globoff --connect-timeout 2 --max-time 3 -w '$FORMAT' --unix-socket $lab/run/private.sock --url http://localhost/" \
    > "$here/unix-permission-denied.stdout" 2> "$here/unix-permission-denied.stderr"
echo $? > "$here/unix-permission-denied.exit"
set -e
run nginx-200 http://127.0.0.1/ok
run nginx-502 http://127.0.0.1/refused
run nginx-504 http://127.0.0.1/slow
run tls-to-plain-port https://127.0.0.1:80/
run tls-self-signed https://127.0.0.1:8443/
run network-unreachable http://192.0.2.10:8080/ # no route in the namespace: ENETUNREACH
run dns-failure http://no-such-host.invalid/
run connect-timeout-dropped --connect-timeout 1 http://127.0.0.1:8089/
run no-route-to-host http://127.0.0.1:8097/
run admin-prohibited http://127.0.0.1:8096/
run rejected-tcp-reset http://127.0.0.1:8095/
nginx -p "$lab/ng" -c "$lab/ng/conf/nginx.conf" -s quit
# Leaving the namespace's PID 1 (unshare --fork) ends the servers still running.
