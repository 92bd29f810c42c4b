const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/throw') {
    const user = undefined;
    res.end(user.x);              // TypeError thrown in the handler: nothing catches it
  } else if (req.url === '/reject') {
    Promise.reject(new Error('database unavailable'));  // nobody handles the rejection
    res.end('rejected\n');
  } else if (req.url === '/reject-string') {
    Promise.reject('timeout talking to redis');  // a rejection with no Error object
    res.end('rejected\n');
  } else {
    res.end('ok\n');
  }
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening on', process.argv[2]));
