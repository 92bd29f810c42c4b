import time
def app(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path == '/slow':
        time.sleep(5)
    elif path == '/boom':
        return [str(1 / 0).encode()]
    elif path == '/hang':
        time.sleep(60)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok\n']

def stubborn(environ, start_response):
    import signal
    signal.signal(signal.SIGABRT, signal.SIG_IGN)  # the worker cannot be aborted: the master SIGKILLs it
    time.sleep(10)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'late\n']
