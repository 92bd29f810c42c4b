iptables-legacy -S
