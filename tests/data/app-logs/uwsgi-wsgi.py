import time
def application(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path == '/slow':
        time.sleep(5)
    elif path == "/exit":
        exiting(environ, start_response)
    elif path == "/boom":
        return [str(1 / 0).encode()]
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok\n']

def exiting(environ, start_response):
    import os
    os._exit(3)  # the worker ends by itself, with an exit code
