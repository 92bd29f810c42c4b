server {
    listen 127.0.0.1:8092;
    location / {
        proxy_pas http://127.0.0.1:8080;
    }
}
