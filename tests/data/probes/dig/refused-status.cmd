dig +time=1 +tries=1 @127.0.0.153 -p 53 nothing.gd-lab.invalid A
