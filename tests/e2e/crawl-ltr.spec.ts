/** The crawl (see crawl.ts) for English, French and Spanish. */
import { crawlLocales } from './crawl.ts';
import { testPort } from '../../playwright.config.ts';

crawlLocales(['en', 'fr', 'es'], testPort(3));
