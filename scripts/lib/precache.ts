/** Reads the precache manifest out of the built service worker (dist/sw.js). */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { precacheUrls } from '../../src/pwa/precacheManifest.ts';

export interface PrecacheEntry {
  url: string;
  bytes: number;
}

export function readPrecache(dist = 'dist'): PrecacheEntry[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = precacheUrls(sw);
  if (urls.length === 0) throw new Error('no precache manifest found in dist/sw.js');
  return urls.map((url) => ({ url, bytes: statSync(join(dist, url)).size }));
}
