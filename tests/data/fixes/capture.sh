#!/bin/bash
# Re-creates the config trees in this folder from real files, with real programs only
# (cp, sed, iconv, head), then has the real nginx check each tree (nginx -t, never
# started; the output goes to <tree>.nginx-t.stderr). Run on Debian 12 with nginx and
# php8.2-fpm installed: bash tests/data/fixes/capture.sh
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
lab="$here/../nginx-config/lab/multisite"
cd "$here"

# debian/: Debian 12's own nginx files (nginx-common 1.22.1), the default site enabled.
# Absolute paths are moved into the test's prefix (@PREFIX@, replaced by the tests) so
# nginx -t can check the tree anywhere: /etc/nginx/ -> @PREFIX@/, /var/log/nginx/ ->
# @PREFIX@/logs/, /run/nginx.pid -> @PREFIX@/nginx.pid. Nothing else changes.
rm -rf debian && mkdir -p debian/sites-enabled debian/snippets
cp /etc/nginx/nginx.conf /etc/nginx/mime.types /etc/nginx/fastcgi.conf /etc/nginx/fastcgi_params \
   /etc/nginx/proxy_params debian/
cp /etc/nginx/snippets/fastcgi-php.conf debian/snippets/
cp /etc/nginx/sites-available/default debian/sites-enabled/default
sed -i 's|/etc/nginx/|@PREFIX@/|g; s|/var/log/nginx/|@PREFIX@/logs/|g; s|/run/nginx.pid|@PREFIX@/nginx.pid|' debian/nginx.conf

# multisite/: the lab's multi-site config (tests/data/nginx-config/lab/multisite), with
# four files turned into what real servers also have:
#  - api.example.org.conf with Windows line ends (what unix2dos makes of it),
#  - shop.example.org.conf with ISO-8859-1 comments (an editor that does not do UTF-8),
#  - tricky.conf without a line break at the end of the file.
rm -rf multisite && cp -r "$lab" multisite
sed -i 's/$/\r/' multisite/sites-enabled/api.example.org.conf
shop=multisite/sites-enabled/shop.example.org.conf
sed -i 's|^\(    location ~ \\.php\$ {\)$|\1 # PHP-FPM, géré par l’équipe boutique|; s|\(fastcgi_read_timeout 120s;\)|\1 # délai: exports café|' "$shop"
iconv -f UTF-8 -t ISO-8859-1//TRANSLIT "$shop" > "$shop.latin1" && mv "$shop.latin1" "$shop"
head -c -1 multisite/sites-enabled/tricky.conf > multisite/sites-enabled/tricky.conf.tmp
mv multisite/sites-enabled/tricky.conf.tmp multisite/sites-enabled/tricky.conf
# wildcards.conf with bytes that nginx accepts and text tools choke on, in its first
# server block: a NUL and bytes that are not UTF-8 in a comment, and a comment of 4000
# characters (nginx refuses a token longer than its 4096-byte buffer).
wild=multisite/sites-enabled/wildcards.conf
{
    head -n 3 "$wild"
    printf '    # binary: \000 \377\376 (not UTF-8)\n'
    printf '    # %s\n' "$(head -c 4000 /dev/zero | tr '\0' x)"
    tail -n +4 "$wild"
} > "$wild.tmp" && mv "$wild.tmp" "$wild"

# php-fpm/: Debian 12's php8.2-fpm pool (www.conf) and main config; pool paths moved
# into the prefix like above.
rm -rf php-fpm && mkdir -p php-fpm
cp /etc/php/8.2/fpm/pool.d/www.conf php-fpm/www.conf
cp /etc/php/8.2/fpm/php-fpm.conf php-fpm/php-fpm.conf
sed -i 's|^include=.*|include=@PREFIX@/pool.d/*.conf|; s|^pid = .*|pid = @PREFIX@/php-fpm.pid|; s|^error_log = .*|error_log = @PREFIX@/php-fpm.log|' php-fpm/php-fpm.conf

# Variants of Debian's pool made with sed: without pm.max_children, with CRLF line ends,
# with a quoted value and an inline comment, and a second pool ([shop]) after [www] in
# one file.
sed '/^pm.max_children/d' php-fpm/www.conf > php-fpm/www-no-max-children.conf
sed 's/$/\r/' php-fpm/www.conf > php-fpm/www-crlf.conf
sed 's/^pm.max_children = 5/pm.max_children = "7" ; raised after the outage/' php-fpm/www.conf > php-fpm/www-quoted.conf
{ cat php-fpm/www.conf; sed 's/^\[www\]/[shop]/; s|^listen = .*|listen = /run/php/shop.sock|' php-fpm/www.conf; } \
    > php-fpm/two-pools.conf

# What a running pool uses: php-fpm 8.2 started with Debian's pool (static, 4 children,
# its own socket and prefix), then ps's RSS of its processes and /proc/meminfo.
fpm=$(mktemp -d)
mkdir -p "$fpm/pool.d"
sed "s|@PREFIX@|$fpm|g" php-fpm/php-fpm.conf > "$fpm/php-fpm.conf"
sed "s|^listen = .*|listen = $fpm/www.sock|; s|^pm = dynamic|pm = static|; s|^pm.max_children = .*|pm.max_children = 4|" \
    php-fpm/www.conf > "$fpm/pool.d/www.conf"
php-fpm8.2 -F -y "$fpm/php-fpm.conf" &
fpm_pid=$!
for _ in $(seq 50); do [ -S "$fpm/www.sock" ] && break; sleep 0.1; done
sleep 0.5
ps -o pid=,ppid=,rss=,args= --pid "$fpm_pid" --ppid "$fpm_pid" > php-fpm/ps-rss.txt
grep -E '^(MemTotal|MemAvailable):' /proc/meminfo > php-fpm/meminfo.txt
kill "$fpm_pid"; wait "$fpm_pid" 2>/dev/null || true
rm -rf "$fpm"

# nginx -t on each tree, in a scratch prefix.
check() {
    local tree=$1 dir
    dir=$(mktemp -d)
    cp -r "$tree/." "$dir/"
    mkdir -p "$dir/logs" "$dir/tmp"
    grep -rlF '@PREFIX@' "$dir" | xargs -r sed -i "s|@PREFIX@|$dir|g"
    nginx -t -p "$dir/" -e stderr -c "$dir/nginx.conf" 2> "$tree.nginx-t.stderr" || true
    sed -i "s|$dir|@PREFIX@|g" "$tree.nginx-t.stderr"
    rm -rf "$dir"
}
check debian
check multisite
check shared
