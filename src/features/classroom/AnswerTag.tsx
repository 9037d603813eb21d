/** The label a revealed answer wears on the projector: "The kind choice", "The best answer". */
import { useTranslation } from '../../i18n/index.ts';

export function AnswerTag({ kind }: { kind: 'kindChoice' | 'best' }) {
  const { t } = useTranslation('classroom');
  return <span className="answer-tag">{t(`answers.${kind}`)}</span>;
}
