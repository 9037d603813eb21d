/** Device settings: language, text size, movement and contrast, and the way to the seats. Saved on this device only. */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { useStore, type Settings } from '../../store/index.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher.tsx';
import { Link } from '../../ui/Link.tsx';
import { routePath } from '../../routing/routes.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RadioPills } from '../../ui/RadioPills.tsx';
import { VoiceList } from '../../ui/readAloud/VoiceList.tsx';
import { ClassroomToggle } from '../classroom/index.ts';

const TEXT_SIZES = ['normal', 'large', 'larger', 'largest'] as const;
const MOTIONS = ['system', 'reduce', 'full'] as const;

/** The languages the dyslexia-friendly font can draw, named in their own words and listed the page's way. */
function dyslexiaLanguages(lang: string): string {
  const names = LANGUAGES.filter((l) => l.dyslexiaFont).map((l) => l.nativeName);
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

export default function SettingsPage({ locale }: { locale: AppLocale }) {
  const { t, i18n } = useTranslation();
  const settings = useStore((s) => s.settings);
  const update = useStore((s) => s.updateSettings);
  return (
    <div className="page prose-page settings">
      <PageHeading>{t('settings.title')}</PageHeading>
      <LanguageSwitcher locale={locale} />
      <p>
        <Link className="standalone" to={routePath({ name: 'seats', locale })}>
          {t('settings.seats')}
        </Link>
      </p>
      <RadioPills<Settings['textSize']>
        legend={t('settings.textSize')}
        name="text-size"
        options={TEXT_SIZES.map((v) => ({ value: v, label: t(`settings.textSizes.${v}`) }))}
        value={settings.textSize}
        onChange={(textSize) => update({ textSize })}
      />
      <RadioPills<Settings['motion']>
        legend={t('settings.motion')}
        name="motion"
        options={MOTIONS.map((v) => ({ value: v, label: t(`settings.motions.${v}`) }))}
        value={settings.motion}
        onChange={(motion) => update({ motion })}
      />
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.highContrast}
          onChange={(e) => update({ highContrast: e.target.checked })}
        />
        <span>{t('settings.highContrast')}</span>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.dyslexiaFont}
          aria-describedby="dyslexia-hint"
          onChange={(e) => update({ dyslexiaFont: e.target.checked })}
        />
        <span>{t('settings.dyslexiaFont')}</span>
      </label>
      <p id="dyslexia-hint" className="choice-group-hint">
        {t('settings.dyslexiaHint', { languages: dyslexiaLanguages(i18n.language) })}
      </p>
      <ClassroomToggle />
      <VoiceList />
      <p className="app-version">
        {t('settings.version')} <bdi>{import.meta.env.VITE_APP_VERSION}</bdi>
      </p>
    </div>
  );
}
