ip route get 2001:db8::1
