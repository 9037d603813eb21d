/** The crawl (see crawl.ts) for English, French and Spanish. */
import { crawlLocales } from './crawl.ts';

crawlLocales(['en', 'fr', 'es'], 4176);
