systemctl list-units --type=service --no-legend --plain
