dig +time=1 +tries=1 @10.255.255.53 -p 53 app.gd-lab.test A   (inside a network namespace with only lo)
