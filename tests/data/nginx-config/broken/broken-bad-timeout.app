server {
    listen 127.0.0.1:8092;
    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_read_timeout 30x;
    }
}
