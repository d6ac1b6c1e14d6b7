// A small message board over HTTP, run inside a Java application (EmbeddedServer.java).
// It tells Java of each message through the host module Java gave it, and Java calls its exports.
const http = require('http');
const board = require('host:board');

const messages = [];

const server = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/messages') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => body += chunk);
    req.on('end', () => {
      messages.push(body);
      board.received(body);
      res.writeHead(201, { 'content-type': 'text/plain' });
      res.end(`message ${messages.length} stored\n`);
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(messages));
});

const listening = new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

module.exports = {
  port: () => listening,
  messages: () => messages,
  post: (text) => { messages.push(text); return messages.length; },
};
