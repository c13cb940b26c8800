// Preloaded (node --require) into the API and the PostGraphile server by the benchmark: counts the SQL
// statements each process sends through pg, and serves the count at http://127.0.0.1:$BENCH_COUNT_PORT/.
// The cost is one counter increment per statement.
const port = Number(process.env.BENCH_COUNT_PORT);
if (port) {
  const { Client } = require('pg');
  let count = 0;
  const query = Client.prototype.query;
  Client.prototype.query = function countedQuery(...args) {
    count++;
    return query.apply(this, args);
  };
  require('node:http')
    .createServer((_, res) => res.end(JSON.stringify({ statements: count, rss: process.memoryUsage().rss })))
    .listen(port, '127.0.0.1')
    .unref();
}
