/** Every language by its own name, each a link to this same page in that language. */
import { LANGUAGES, useTranslation, type AppLocale } from '../i18n/index.ts';
import { Link } from './Link.tsx';
import { usePathname } from '../routing/router.ts';
import { withLocale } from '../routing/routes.ts';
import './languageSwitcher.css';

export function LanguageSwitcher({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation();
  const pathname = usePathname();
  return (
    <nav className="languages" aria-labelledby="languages-title">
      <h2 id="languages-title" className="languages-title">
        {t('home.languages')}
      </h2>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <Link
              to={withLocale(pathname, l.code, import.meta.env.DEV)}
              lang={l.code}
              dir={l.dir}
              hrefLang={l.code}
              aria-current={l.code === locale ? 'true' : undefined}
              className="language-link"
            >
              {l.nativeName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
