/** The Net Rules badges: earned and not earned differ in shape (dashed outline) and name, and all eight differ. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge, BADGE_COLOURS, badgeSvgGroup } from '../../../src/features/net-rules/Badge.tsx';

afterEach(cleanup);

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('Badge', () => {
  it('names itself with its label and looks different when not earned (dashed outline, no colour fill)', () => {
    render(
      <>
        <Badge index={3} earned label="Badge earned: Meeting up" />
        <Badge index={3} earned={false} label="No badge yet: Meeting up" />
      </>,
    );
    const earned = screen.getByRole('img', { name: 'Badge earned: Meeting up' });
    const notYet = screen.getByRole('img', { name: 'No badge yet: Meeting up' });
    expect(earned.querySelector('[stroke-dasharray]')).toBeNull();
    expect(notYet.querySelector('[stroke-dasharray]')).not.toBeNull();
    expect(earned.innerHTML).toContain(BADGE_COLOURS[3]);
    expect(notYet.innerHTML).not.toContain(BADGE_COLOURS[3]);
    expect(notYet.innerHTML).not.toBe(earned.innerHTML);
  });

  it('has eight distinct designs, earned and not earned', () => {
    const { container } = render(
      <>
        {BADGE_COLOURS.map((_, i) => (
          <Badge key={`e${i}`} index={i} earned label={`earned ${i}`} />
        ))}
        {BADGE_COLOURS.map((_, i) => (
          <Badge key={`n${i}`} index={i} earned={false} label={`not yet ${i}`} />
        ))}
      </>,
    );
    const svgs = [...container.querySelectorAll('svg')];
    expect(svgs).toHaveLength(16);
    // Compare the drawings alone (without the label), so only the picture can make them differ.
    const drawings = svgs.map((s) => s.innerHTML.replace(/data-badge="\d"/g, ''));
    expect(new Set(drawings.slice(0, 8)).size).toBe(8);
    expect(new Set(drawings.slice(8)).size).toBe(8);
  });

  it('gives each rule its own colour, each readable under the white motif', () => {
    expect(new Set(BADGE_COLOURS).size).toBe(8);
    for (const colour of BADGE_COLOURS) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('shares one drawing with the result card, and wraps round outside 0–7', () => {
    const { container } = render(
      <svg>
        {badgeSvgGroup(9, true)}
        {badgeSvgGroup(1, true)}
      </svg>,
    );
    const [a, b] = container.querySelectorAll('svg > g');
    expect(a?.innerHTML).toBe(b?.innerHTML);
  });
});
