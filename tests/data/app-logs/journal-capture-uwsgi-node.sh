#!/bin/sh
# Same private journald as run.sh, for uwsgi and node.
set -e
mount -t tmpfs tmpfs /run/systemd
mount -t tmpfs tmpfs /var/log
mkdir -p /run/log
mount -t tmpfs tmpfs /run/log
/lib/systemd/systemd-journald &
JPID=$!
sleep 1
cd /tmp/gdapp/uw
systemd-cat -t uwsgi uwsgi --plugin python3 --master --processes 1 --http-socket 127.0.0.1:18445 --wsgi-file wsgi.py --harakiri 2 &
sleep 2
curl -s -m 10 -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18445/slow || true
sleep 2
M=$(pgrep -f 'http-socket 127.0.0.1:18445' | head -1)
kill -INT $M
sleep 2
cd /tmp/gdapp/node
systemd-cat -t node node server.js 18454 &
sleep 1
curl -s -m 3 http://127.0.0.1:18454/throw || true
sleep 1
journalctl -o short-iso --no-pager -t uwsgi -t node > /tmp/gdapp/jr/journal2-short-iso.txt
kill $JPID
