curl -q -sS -v -o /dev/null --noproxy '*' --globoff --connect-timeout 2 --max-time 3 -w FORMAT --url http://10.0.0.7:8080/
