#!/bin/sh
# Runs inside its own mount namespace: journald's sockets and files live on private tmpfs mounts,
# so nothing outside this namespace sees this journald.
set -e
mount -t tmpfs tmpfs /run/systemd
mount -t tmpfs tmpfs /var/log
mkdir -p /run/log
mount -t tmpfs tmpfs /run/log
/lib/systemd/systemd-journald &
JPID=$!
sleep 1
ls -la /run/systemd/journal
cd /tmp/gdapp/gun
systemd-cat -t gunicorn /usr/bin/gunicorn --timeout 2 -w 1 -b 127.0.0.1:18435 app:app &
sleep 2
curl -s -m 10 -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18435/slow || true
sleep 2
curl -s -m 10 -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18435/boom || true
sleep 1
M=$(pgrep -f 'gunicorn --timeout 2 -w 1 -b 127.0.0.1:18435' | head -1)
W=$(pgrep -P $M)
kill -9 $W
sleep 2
kill -TERM $M
sleep 2
journalctl -o short-iso --no-pager > /tmp/gdapp/jr/journal-short-iso.txt
journalctl -o short --no-pager > /tmp/gdapp/jr/journal-short.txt
journalctl -o short-iso-precise --no-pager > /tmp/gdapp/jr/journal-short-iso-precise.txt
kill $JPID
