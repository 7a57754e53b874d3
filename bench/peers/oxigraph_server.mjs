// SPARQL-protocol wrapper (GET /query?query=…, JSON results) around the npm `oxigraph` library, which has no
// server of its own (the Oxigraph server is a Rust binary that is not on npm). Same method as the peer
// measurements: one in-memory store per worker (node:cluster), loaded from N-Triples. Binds 127.0.0.1 only.
//   OXIGRAPH_MODULE=<dir>/node_modules/oxigraph node oxigraph_server.mjs <file.nt> [port=7878] [workers=1]
import http from 'node:http';
import fs from 'node:fs';
import cluster from 'node:cluster';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const oxigraph = require(process.env.OXIGRAPH_MODULE || 'oxigraph');
const [file, port = '7878', workers = '1'] = process.argv.slice(2);

if (cluster.isPrimary && Number(workers) > 1) {
  for (let i = 0; i < Number(workers); i++) cluster.fork();
  const stop = () => { for (const w of Object.values(cluster.workers)) w.kill(); process.exit(0); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  const store = new oxigraph.Store();
  const t0 = Date.now();
  store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-triples', no_transaction: true });
  console.log(`pid ${process.pid}: loaded ${store.size} quads from ${file} in ${Date.now() - t0} ms`);
  http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== '/query' || !url.searchParams.has('query')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('GET /query?query=...\n');
      return;
    }
    try {
      const type = 'application/sparql-results+json';
      res.writeHead(200, { 'content-type': type }).end(store.query(url.searchParams.get('query'), { results_format: type }));
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(String(e) + '\n');
    }
  }).listen(Number(port), '127.0.0.1', () => console.log(`pid ${process.pid}: listening on 127.0.0.1:${port}`));
}
