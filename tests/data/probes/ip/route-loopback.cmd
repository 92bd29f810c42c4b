ip route get 127.0.0.1
