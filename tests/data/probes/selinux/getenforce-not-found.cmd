env PATH=/nonexistent /bin/sh -c getenforce
