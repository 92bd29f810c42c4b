iptables -S
