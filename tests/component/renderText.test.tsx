/**
 * Compiled text becomes React elements. A phone number written in groups keeps its order in right-to-left
 * text, and a link to another website says it opens a new tab.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Blocks } from '../../src/content/render.tsx';

describe('rendered text', () => {
  it('isolates a grouped number left to right, so "116 111" is never shown as "111 116" in Arabic', () => {
    const { container } = render(
      <div dir="rtl">
        <Blocks nodes={[{ t: 'p', c: [{ t: 'text', v: 'في كثير من دول أوروبا، الرقم هو 116 111.' }] }]} />
      </div>,
    );
    const bdi = container.querySelector('bdi');
    expect(bdi).toHaveAttribute('dir', 'ltr');
    expect(bdi).toHaveTextContent(/^116 111$/);
    expect(container).toHaveTextContent('في كثير من دول أوروبا، الرقم هو 116 111.');
  });

  it('leaves single numbers and ordinary words alone', () => {
    const { container } = render(
      <Blocks nodes={[{ t: 'p', c: [{ t: 'text', v: 'One in 3 in 30 countries.' }] }]} />,
    );
    expect(container.querySelector('bdi')).toBeNull();
  });

  it('marks a link to another website as opening a new tab, without a referrer', () => {
    const { getByRole } = render(
      <Blocks
        nodes={[
          { t: 'p', c: [{ t: 'link', href: 'https://example.org/', c: [{ t: 'text', v: 'Find help' }] }] },
        ]}
      />,
    );
    const link = getByRole('link', { name: /Find help/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName('Find help (opens another website in a new tab)');
  });
});
