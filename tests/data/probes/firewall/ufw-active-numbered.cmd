ufw status numbered
