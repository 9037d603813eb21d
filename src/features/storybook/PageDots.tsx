/** Where am I in the book: a row of dots a pre-reader can follow, with the words for screen readers. */
import { useTranslation } from '../../i18n/index.ts';

export function PageDots({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="page-dots">
      <span className="visually-hidden">{t('storybook.pageOf', { page: current + 1, total })}</span>
      <span className="dots" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <span key={i} className={i < current ? 'dot done' : i === current ? 'dot current' : 'dot'} />
        ))}
      </span>
    </div>
  );
}
