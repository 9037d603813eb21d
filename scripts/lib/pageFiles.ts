/**
 * Which file answers a page address, the way deploy/nginx.conf does it (the test hosts and `npm start` follow
 * this one function): the prerendered page in the address's folder (`/en/settings` and `/en/storybook/` are
 * `…/index.html`), else the language's not-found page for an address in a language (`/fr/nowhere` gets
 * `fr/404.html`: the app in French, which then shows whatever the address is), else the app shell.
 */
import { LOCALES } from '../../src/content/locales.ts';

export function pageFile(pathname: string, isFile: (path: string) => boolean): string {
  const page = `${pathname.replace(/\/+$/, '')}/index.html`;
  if (isFile(page)) return page;
  const locale = pathname.split('/')[1] ?? '';
  if ((LOCALES as readonly string[]).includes(locale) && isFile(`/${locale}/404.html`))
    return `/${locale}/404.html`;
  return '/index.html';
}
