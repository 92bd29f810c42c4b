server {
    listen 127.0.0.1:8092;
    location /api/ {
        proxy_pass http://127.0.0.1:8080;
    }
    location /api/ {
        proxy_pass http://127.0.0.1:8081;
    }
}
