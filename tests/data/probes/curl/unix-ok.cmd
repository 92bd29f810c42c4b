curl -q -sS -v -o /dev/null --noproxy '*' --globoff --connect-timeout 2 --max-time 3 -w FORMAT --unix-socket /tmp/gd-probes-cap/lab/run/app.sock --url http://localhost/
