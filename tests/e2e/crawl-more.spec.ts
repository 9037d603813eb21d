/** The crawl (see crawl.ts) for Arabic (right to left), Chinese and Russian. */
import { crawlLocales } from './crawl.ts';
import { testPort } from '../../playwright.config.ts';

crawlLocales(['ar', 'zh', 'ru'], testPort(4));
