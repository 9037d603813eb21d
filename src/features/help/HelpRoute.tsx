/**
 * Help for children, outside the grown-ups gate (`/{locale}/help/{tier}/`): the page for the child's age, or,
 * without a tier, a page that asks whose help it is. Its words are content, so translators edit Markdown.
 */
import './help.css';
import { contentLocale, type AppLocale } from '../../i18n/index.ts';
import { useTierContent } from '../../content/loader.ts';
import type { HelpPage } from '../../content/helpSchema.ts';
import type { HelpTier } from '../../content/helpTiers.ts';
import { HelpChooser } from './HelpChooser.tsx';
import { HelpView } from './HelpView.tsx';

export default function HelpRoute({ locale, tier }: { locale: AppLocale; tier: HelpTier | null }) {
  const { items } = useTierContent(contentLocale(locale), 'help');
  const pages = items.filter((i): i is HelpPage => i.kind === 'help');
  const page = tier ? pages.find((p) => p.id === tier) : undefined;
  return page ? <HelpView key={page.id} locale={locale} page={page} /> : <HelpChooser locale={locale} />;
}
