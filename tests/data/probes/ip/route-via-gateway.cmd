ip route get 198.51.100.7
