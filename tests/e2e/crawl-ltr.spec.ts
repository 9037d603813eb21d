/** The crawl (see crawl.ts) for English, French and Spanish. */
import { ownPort } from '../../playwright.config.ts';
import { crawlLocales } from './crawl.ts';

crawlLocales(['en', 'fr', 'es'], ownPort(1));
