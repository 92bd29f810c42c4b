su nobody -s /bin/sh -c /usr/sbin/iptables -S
