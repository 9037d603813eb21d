/** The crawl (see crawl.ts) for Arabic (right to left), Chinese and Russian. */
import { crawlLocales } from './crawl.ts';

crawlLocales(['ar', 'zh', 'ru'], 4177);
