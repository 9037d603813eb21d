/**
 * Which languages this device can read aloud, and how to add a voice: read-aloud hides itself where there is no
 * voice for a language, so grown-ups need to be told, not left to wonder where the button went.
 */
import { useTranslation } from '../../i18n/index.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { useVoiceLanguages } from '../../platform/voices.ts';
import './readAloud.css';

const PLATFORMS = ['android', 'ios', 'windows', 'chromeos'] as const;

export function VoiceList() {
  const { t } = useTranslation();
  const can = useVoiceLanguages(LANGUAGES.map((l) => l.code));
  return (
    <section className="voice-list" aria-labelledby="voices-title">
      <h2 id="voices-title">{t('voices.title')}</h2>
      <p>{t('voices.intro')}</p>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code} data-voice={can[l.code] ? 'yes' : 'no'}>
            <span lang={l.code} dir={l.dir}>
              {l.nativeName}
            </span>
            {': '}
            {can[l.code] ? t('voices.yes') : t('voices.no')}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('voices.howTitle')}</summary>
        <ul>
          {PLATFORMS.map((p) => (
            <li key={p}>{t(`voices.how.${p}`)}</li>
          ))}
        </ul>
        <p>{t('voices.after')}</p>
      </details>
    </section>
  );
}
