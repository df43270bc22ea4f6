// Bytes on the wire: one request per connection with node:http (which, unlike fetch, does not
// decompress), counting the compressed body and every byte the socket read (status line + headers).
import http from 'node:http';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Fetched {
  path: string;
  status: number;
  contentEncoding: string;
  contentType: string;
  /** The body as sent (compressed when content-encoding says so). */
  bodyBytes: number;
  /** Everything read from the socket for this response: status line, headers and body. */
  wireBytes: number;
  /** The body after decompression. */
  decoded: Buffer;
  /** The body as sent, and the response's headers (for a baseline server that sends the same). */
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

/** GET with this Accept-Encoding; `acceptEncoding` (e.g. "br, gzip" as browsers send) replaces it when given, and null sends none. */
export function get(port: number, path: string, encoding: Encoding, acceptEncoding?: string | null): Promise<Fetched> {
  const headers: Record<string, string> = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding ?? encoding };
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent: false, headers, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const contentEncoding = String(response.headers['content-encoding'] ?? 'identity');
        const decoded = contentEncoding === 'br' ? zlib.brotliDecompressSync(body) : contentEncoding === 'gzip' ? zlib.gunzipSync(body) : body;
        resolve({
          path,
          status: response.statusCode ?? 0,
          contentEncoding,
          contentType: String(response.headers['content-type'] ?? ''),
          bodyBytes: body.length,
          wireBytes: response.socket.bytesRead,
          decoded,
          body,
          headers: response.headers,
        });
      });
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${path} timed out`)));
    request.on('error', reject);
  });
}

/** The stylesheets (<link rel=stylesheet href>) and scripts (<script src>) a page references, in order. */
export function referencedAssets(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel="?stylesheet"?/i.test(tag)) continue;
    const href = /\bhref="([^"]+)"/i.exec(tag)?.[1];
    if (href) found.push(href);
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    if (src) found.push(src);
  }
  // Same-site paths only: we ask our own server on 127.0.0.1 for them.
  return [...new Set(found.map((ref) => new URL(ref.replaceAll('&amp;', '&'), pageUrl)).map((url) => url.pathname + url.search))];
}

export interface PageWeight {
  page: Fetched;
  assets: Fetched[];
  bodyBytes: number;
  wireBytes: number;
  decodedBytes: number;
}

/** A page plus the CSS and JS it references, all requested with the same Accept-Encoding. */
export async function pageWeight(port: number, baseUrl: string, path: string, encoding: Encoding): Promise<PageWeight> {
  const page = await get(port, path, encoding);
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
  const assets: Fetched[] = [];
  for (const asset of referencedAssets(page.decoded.toString('utf8'), baseUrl + path)) {
    const fetched = await get(port, asset, encoding);
    if (fetched.status !== 200) throw new Error(`GET ${asset} (referenced by ${path}) answered ${fetched.status}`);
    assets.push(fetched);
  }
  const all = [page, ...assets];
  return {
    page,
    assets,
    bodyBytes: all.reduce((n, f) => n + f.bodyBytes, 0),
    wireBytes: all.reduce((n, f) => n + f.wireBytes, 0),
    decodedBytes: all.reduce((n, f) => n + f.decoded.length, 0),
  };
}
