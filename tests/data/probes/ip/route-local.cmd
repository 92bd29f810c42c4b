ip route get 10.213.9.2
