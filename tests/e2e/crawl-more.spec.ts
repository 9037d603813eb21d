/** The crawl (see crawl.ts) for Arabic (right to left), Chinese and Russian. */
import { ownPort } from '../../playwright.config.ts';
import { crawlLocales } from './crawl.ts';

crawlLocales(['ar', 'zh', 'ru'], ownPort(2));
