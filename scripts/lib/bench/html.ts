/** A page's HTML as the server sends it to a browser that accepts gzip: its size on the wire (body only). */
import { get } from 'node:http';

export function htmlGzipBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip', accept: 'text/html' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        res.headers['content-encoding'] === 'gzip'
          ? resolve(bytes)
          : reject(new Error(`${url} was not sent gzipped`)),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}
