/**
 * Done / in progress / not started, in words and a shape (never colour alone). A module says "Module done"; an
 * exercise in the module's list only "Done", so the list does not read as if the module were finished.
 */
import { useTranslation } from '../../i18n/index.ts';
import type { ModuleState } from './progress.ts';

export function StateBadge({ state, of = 'module' }: { state: ModuleState; of?: 'module' | 'exercise' }) {
  const { t } = useTranslation('workbook');
  const done = of === 'module' ? t('moduleDone') : t('exerciseDone');
  const label = state === 'done' ? done : state === 'in-progress' ? t('inProgress') : t('notStarted');
  return (
    <span className={`state-badge ${state}`}>
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        {state === 'done' ? (
          <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        ) : (
          <circle
            cx="10"
            cy="10"
            r="7"
            fill={state === 'in-progress' ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="2.5"
          />
        )}
      </svg>
      {label}
    </span>
  );
}
