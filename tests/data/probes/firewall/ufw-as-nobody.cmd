su nobody -s /bin/sh -c /usr/sbin/ufw status verbose
