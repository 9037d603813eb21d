/**
 * The printed part of the printables page, in the language chosen for the paper: its strings come from an
 * i18next instance fixed to that language, and it carries its own lang and dir, so an Arabic sheet reads right
 * to left on a page whose interface is English. On screen it is the preview; in print it is all there is
 * (printables.css hides everything else).
 */
import { Suspense, type ReactNode } from 'react';
import { dirOf, I18nextProvider, i18nFor, type Locale } from '../../../i18n/index.ts';

export function PaperLanguage({
  locale,
  labelledBy,
  children,
}: {
  locale: Locale;
  /** The id of the preview's heading, which is in the interface's language. */
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <section className="printable-preview" aria-labelledby={labelledBy}>
      <I18nextProvider i18n={i18nFor(locale)}>
        <div className="printable-sheet" lang={locale} dir={dirOf(locale)}>
          <Suspense fallback={<div className="loading" aria-busy="true" />}>{children}</Suspense>
        </div>
      </I18nextProvider>
    </section>
  );
}
