server {
    listen 127.0.0.1:8092;
    location / {
        proxy_read_timeout 30s
        proxy_pass http://127.0.0.1:8080;
    }
}
