ufw --force enable
