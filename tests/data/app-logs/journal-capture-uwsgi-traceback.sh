#!/bin/sh
# Same private journald as run.sh: a uWSGI app that raises, as the journal shows it.
set -e
mount -t tmpfs tmpfs /run/systemd
mount -t tmpfs tmpfs /var/log
mkdir -p /run/log
mount -t tmpfs tmpfs /run/log
/lib/systemd/systemd-journald &
JPID=$!
sleep 1
cd /tmp/gdapp/uw
systemd-cat -t uwsgi uwsgi --plugin python3 --master --processes 1 --http-socket 127.0.0.1:18446 --wsgi-file wsgi.py &
sleep 2
curl -s -m 10 -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18446/boom || true
sleep 1
M=$(pgrep -f 'http-socket 127.0.0.1:18446' | head -1)
kill -INT $M
sleep 2
journalctl -o short-iso --no-pager -t uwsgi > /tmp/gdapp/jr/journal3-short-iso.txt
kill $JPID
