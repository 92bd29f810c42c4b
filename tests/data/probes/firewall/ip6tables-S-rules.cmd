ip6tables -S
