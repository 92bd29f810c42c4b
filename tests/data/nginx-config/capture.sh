#!/bin/bash
# Re-creates the captured nginx outputs in this folder with the real nginx binary.
# Run as root on Debian 12 (nginx 1.22): bash tests/data/nginx-config/capture.sh
# Never starts nginx and never touches /etc/nginx: only `nginx -T` / `nginx -t`
# with an own prefix (-p) and config (-c) under /tmp/gd-capture/<name>/, so the
# paths inside the dumps are /tmp/gd-capture/<name>/...
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root=/tmp/gd-capture
rm -rf "$root"
mkdir -p "$root"

# capture NAME: runs nginx -T on $root/NAME/nginx.conf; writes NAME.dump (stdout),
# NAME.stderr and NAME.exitcode.
capture() {
    local name=$1 dir=$root/$1
    mkdir -p "$dir/logs"
    nginx -T -p "$dir/" -c "$dir/nginx.conf" >"$here/$name.dump" 2>"$here/$name.stderr"
    echo $? >"$here/$name.exitcode"
}

# capture_test NAME: nginx -t twice. Debian builds nginx with --error-log-path=stderr,
# so its messages come in error-log format ("2024/05/01 10:00:00 [emerg] 12#12: ...",
# NAME.t.stderr). With the error log in a file (nginx.org and RHEL builds) stderr gets
# "nginx: [emerg] ..." instead (NAME.t-file.stderr). Exit code in NAME.exitcode.
capture_test() {
    local name=$1 dir=$root/$1
    mkdir -p "$dir/logs"
    nginx -t -p "$dir/" -c "$dir/nginx.conf" 2>"$here/broken/$name.t.stderr"
    echo $? >"$here/broken/$name.exitcode"
    cp "$dir/sites/app" "$here/broken/$name.app"
    nginx -t -p "$dir/" -e "$dir/logs/error.log" -c "$dir/nginx.conf" 2>"$here/broken/$name.t-file.stderr"
}

# 1. Debian's default config, as installed (read only).
nginx -T >"$here/debian-default.dump" 2>"$here/debian-default.stderr"
echo $? >"$here/debian-default.exitcode"

# 2. The multi-site lab config (lab/multisite).
cp -r "$here/lab/multisite" "$root/multisite"
capture multisite

# 3. The routing table (lab/routing), port 8090.
mkdir -p "$root/routing"
{
    printf 'pid logs/nginx.pid;\nevents { }\nhttp {\n'
    sed 's/@PORT@/8090/g' "$here/lab/routing/http-body.conf"
    printf '}\n'
} >"$root/routing/nginx.conf"
capture routing

# 4. 200 included files (conf.d/site-NNN.conf), plus files the globs must skip.
dir=$root/many-includes
mkdir -p "$dir/conf.d" "$dir/conf.d/sub"
cat >"$dir/nginx.conf" <<'CONF'
events { }
http {
    include conf.d/*.conf;
}
CONF
for i in $(seq -w 1 200); do
    cat >"$dir/conf.d/site-$i.conf" <<CONF
server {
    listen 127.0.0.1:$((9000 + 10#$i));
    server_name site-$i.example.org;
    location / {
        proxy_pass http://127.0.0.1:$((20000 + 10#$i));
    }
}
CONF
done
echo 'this is not included: server { listen 1; }' >"$dir/conf.d/.hidden.conf"
echo 'server { listen 127.0.0.1:1; }' >"$dir/conf.d/sub/nested.conf"
echo 'not a conf file' >"$dir/conf.d/readme.txt"
capture many-includes

# 5. A warning that does not fail the test (exit 0 with [warn]).
mkdir -p "$here/broken"
dir=$root/warn-conflict
mkdir -p "$dir"
cat >"$dir/nginx.conf" <<'CONF'
events { }
http {
    server { listen 127.0.0.1:8091; server_name dup.example.org; }
    server { listen 127.0.0.1:8091; server_name dup.example.org; }
}
CONF
capture warn-conflict

# 6. Broken configs: nginx -t stderr and exit code.
broken() { # broken NAME: nginx.conf from stdin, sites/app from $2 (optional)
    local dir=$root/broken-$1
    mkdir -p "$dir/sites"
    cat >"$dir/nginx.conf"
    [ -n "${2:-}" ] && printf '%s' "$2" >"$dir/sites/app"
    capture_test "broken-$1"
}
main='events { }
http {
    include sites/*;
}
'
broken unknown-directive 'server {
    listen 127.0.0.1:8092;
    location / {
        proxy_pas http://127.0.0.1:8080;
    }
}
' <<<"$main"
broken missing-semicolon 'server {
    listen 127.0.0.1:8092;
    location / {
        proxy_read_timeout 30s
        proxy_pass http://127.0.0.1:8080;
    }
}
' <<<"$main"
broken host-not-found 'server {
    listen 127.0.0.1:8092;
    location / {
        proxy_pass http://no-such-host.invalid:8080;
    }
}
' <<<"$main"
broken unexpected-brace 'server {
    listen 127.0.0.1:8092;
    location / {
        proxy_pass http://127.0.0.1:8080;
    }
}
}
' <<<"$main"
broken duplicate-location 'server {
    listen 127.0.0.1:8092;
    location /api/ {
        proxy_pass http://127.0.0.1:8080;
    }
    location /api/ {
        proxy_pass http://127.0.0.1:8081;
    }
}
' <<<"$main"
broken unexpected-eof 'server {
    listen 127.0.0.1:8092;
    location / {
        proxy_pass http://127.0.0.1:8080;
    }
' <<<"$main"
broken bad-timeout 'server {
    listen 127.0.0.1:8092;
    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_read_timeout 30x;
    }
}
' <<<"$main"

# 7. PHP-FPM as Debian ships it (apt-get install php8.2-fpm).
if [ -f /etc/php/8.2/fpm/pool.d/www.conf ]; then
    mkdir -p "$here/php-fpm"
    cp /etc/php/8.2/fpm/pool.d/www.conf "$here/php-fpm/www.conf"
    cp /etc/php/8.2/fpm/php-fpm.conf "$here/php-fpm/php-fpm.conf"
fi
echo "captured into $here"
