/** The rule's explainer as a deck of cards: swipe, arrow keys, or the buttons. One card at a time. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { Blocks } from '../../content/render.tsx';
import type { Rule } from '../../content/netRulesSchema.ts';
import { AnimatePresence, m } from '../../ui/motion.ts';
import { useSwipe } from '../../ui/useSwipe.ts';

export function CardDeck({ cards }: { cards: Rule['cards'] }) {
  const { t } = useTranslation('netRules');
  const [i, setI] = useState(0);
  const card = cards[i];
  const go = (to: number) => setI(Math.max(0, Math.min(cards.length - 1, to)));
  const swipe = useSwipe(
    () => go(i + 1),
    () => go(i - 1),
  );
  if (!card) return null;
  return (
    <section className="card-deck" aria-roledescription="carousel" aria-label={t('rule.cards')}>
      <div className="deck-stage" {...swipe}>
        <AnimatePresence mode="wait" initial={false}>
          <m.div
            key={card.id}
            className="deck-card"
            role="group"
            aria-roledescription="slide"
            aria-label={t('rule.card', { current: i + 1, total: cards.length })}
            initial={{ opacity: 0, x: 40 }}
            animate={{ opacity: 1, x: 0 }}
            exit={{ opacity: 0, x: -40 }}
            transition={{ duration: 0.18 }}
          >
            <h2>{card.title}</h2>
            <Blocks nodes={card.body} />
          </m.div>
        </AnimatePresence>
      </div>
      <div className="deck-nav">
        <button type="button" className="button" onClick={() => go(i - 1)} disabled={i === 0}>
          {t('rule.previousCard')}
        </button>
        <span className="deck-count" aria-live="polite">
          {t('rule.card', { current: i + 1, total: cards.length })}
        </span>
        <button type="button" className="button" onClick={() => go(i + 1)} disabled={i === cards.length - 1}>
          {t('rule.nextCard')}
        </button>
      </div>
    </section>
  );
}
