su nobody -s /bin/sh -c 'curl ... --unix-socket /tmp/gd-probes-cap/lab/run/private.sock --url http://localhost/' (socket mode 0600 root)
