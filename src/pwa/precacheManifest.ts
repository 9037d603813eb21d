/**
 * The precache list written into sw.js, read back: by the grown-ups' offline status (how many files a complete
 * install saves) and by the build checks. Workbox writes `{"revision":…,"url":…}` (injectManifest); an older
 * worker may have `{url:…,revision:…}` (generateSW). Both are read.
 */
const ENTRY =
  /\{\s*"?(url|revision)"?\s*:\s*("[^"]*"|null)\s*,\s*"?(url|revision)"?\s*:\s*("[^"]*"|null)\s*\}/g;

export function precacheUrls(sw: string): string[] {
  const urls: string[] = [];
  for (const m of sw.matchAll(ENTRY)) {
    const value = m[1] === 'url' ? m[2] : m[3] === 'url' ? m[4] : undefined;
    if (value && value !== 'null') urls.push(value.slice(1, -1));
  }
  return urls;
}
