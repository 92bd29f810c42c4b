ip -o addr show
