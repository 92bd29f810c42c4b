ufw status verbose
