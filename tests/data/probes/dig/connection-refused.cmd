dig +time=1 +tries=1 @127.0.0.1 -p 53 app.gd-lab.test A
