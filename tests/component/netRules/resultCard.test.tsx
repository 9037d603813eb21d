/**
 * The result card: the name appears on the card and nowhere else (not in storage, not in the store), the
 * picture is made on the device as a PNG with no outside URL in it, printing, and the keyboard path.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { domAnimation, LazyMotion, MotionGlobalConfig } from 'framer-motion';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RuleSummary } from '../../../src/content/netRulesSchema.ts';
import { ResultCard } from '../../../src/features/net-rules/ResultCard.tsx';
import { i18n } from '../../../src/i18n/index.ts';
import { useStore } from '../../../src/store/index.ts';

MotionGlobalConfig.skipAnimations = true;

const EN = {
  resultCard: {
    title: 'My Net Rules card',
    intro: 'You earned all eight badges. Make your card.',
    nameLabel: 'Name on the card (optional)',
    nameHelp: 'Only on this card. Sango never saves it.',
    download: 'Download as a picture',
    print: 'Print',
    cardHeading: 'Net Rules: all eight badges',
    date: '{{date}}',
  },
  badge: { earned: 'Badge earned: {{rule}}', notYet: 'No badge yet: {{rule}}' },
};

beforeAll(async () => {
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces('netRules');
  i18n.addResourceBundle('en', 'netRules', EN, true, true);
});

const TITLES = [
  'You have rights online',
  'Respect: no one should be treated unfairly',
  'Balance your screen time',
  'Meeting people from online',
  'You can always say no',
  'Harmful content',
  'Keep your private life private',
  'Check before you trust',
];
const RULES: RuleSummary[] = TITLES.map((title, i) => ({
  kind: 'rule-summary',
  id: `rule-${i + 1}`,
  order: i + 1,
  untranslated: false,
  title,
  short: `About ${title}`,
  questionCount: 6,
  quick: { type: 'choice', id: 'quick', quick: true, prompt: [], options: [] },
}));

function renderCard() {
  const user = userEvent.setup();
  return {
    user,
    ...render(
      <LazyMotion features={domAnimation} strict>
        <Suspense fallback={null}>
          <ResultCard rules={RULES} />
        </Suspense>
      </LazyMotion>,
    ),
  };
}

/** jsdom's Blob has no text(): read it the old way. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const card = () => screen.getByRole('img', { name: /^Net Rules: all eight badges/ });
const NAME = 'Zanele Okonkwo';

beforeEach(() => {
  localStorage.clear();
  useStore.getState().eraseAll();
});
/** jsdom has no object URLs: put fakes on URL for one test, and take them away after. */
const ORIGINAL_URLS = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
function stubObjectUrls(create: (blob: Blob) => string, revoke: (url: string) => void) {
  Object.defineProperty(URL, 'createObjectURL', { value: create, configurable: true, writable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: revoke, configurable: true, writable: true });
}

afterEach(() => {
  cleanup();
  Object.defineProperty(URL, 'createObjectURL', {
    value: ORIGINAL_URLS.createObjectURL,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    value: ORIGINAL_URLS.revokeObjectURL,
    configurable: true,
    writable: true,
  });
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.documentElement.dir = 'ltr';
});

describe('ResultCard', () => {
  it('shows the heading, every rule title under its badge, the date and Sango on the card', async () => {
    renderCard();
    const svg = await screen.findByRole('img', { name: /Net Rules: all eight badges/ });
    expect(svg).toHaveAttribute('viewBox', '0 0 1200 630');
    // Titles wrap onto lines (tspans) under their badges.
    const texts = [...svg.querySelectorAll('text')].map((t) =>
      t.querySelector('tspan')
        ? [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ')
        : t.textContent,
    );
    for (const title of TITLES) expect(texts).toContain(title);
    expect(svg.querySelectorAll('[data-badge][data-earned="true"]')).toHaveLength(8);
    expect(svg.querySelector('.result-card-sango')).not.toBeNull();
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(svg.textContent).toContain(today);
    expect(svg.getAttribute('aria-label')).toContain(today);
  });

  it('puts a typed name on the card only: not in storage, not in the store, not in the URL', async () => {
    const { user } = renderCard();
    const field = await screen.findByRole('textbox', { name: 'Name on the card (optional)' });
    expect(field).toHaveAccessibleDescription('Only on this card. Sango never saves it.');
    expect(field).toHaveAttribute('maxlength', '40');
    await user.type(field, NAME);
    expect(card().textContent).toContain(NAME);
    expect(card()).toHaveAccessibleName(expect.stringContaining(NAME));

    // Let anything that might persist run, then look everywhere the app could have kept it.
    useStore.getState().updateSettings({ narrationRate: 1 });
    await act(async () => {});
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      expect(key).not.toContain(NAME);
      expect(localStorage.getItem(key) ?? '').not.toContain(NAME);
      expect(localStorage.getItem(key) ?? '').not.toContain('Zanele');
    }
    expect(JSON.stringify(useStore.getState())).not.toContain('Zanele');
    expect(window.location.href).not.toContain('Zanele');
  });

  it('keeps the name to 40 characters', async () => {
    const { user } = renderCard();
    const field = await screen.findByRole('textbox', { name: 'Name on the card (optional)' });
    await user.type(field, 'x'.repeat(50));
    expect((field as HTMLInputElement).value.length).toBeLessThanOrEqual(40);
  });

  it('downloads the card as a PNG made on the device, with no outside URL in the picture', async () => {
    const made: Blob[] = [];
    let n = 0;
    const createObjectURL = vi.fn((blob: Blob) => {
      made.push(blob);
      return `blob:sango/${++n}`;
    });
    const revokeObjectURL = vi.fn();
    stubObjectUrls(createObjectURL, revokeObjectURL);
    class FakeImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      set src(_url: string) {
        queueMicrotask(() => this.onload?.());
      }
    }
    vi.stubGlobal('Image', FakeImage);
    const context = { drawImage: vi.fn(), scale: vi.fn(), fillRect: vi.fn(), fillStyle: '' };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      context as unknown as CanvasRenderingContext2D,
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (callback) {
      callback(new Blob(['png'], { type: 'image/png' }));
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const { user } = renderCard();
    await user.type(await screen.findByRole('textbox', { name: 'Name on the card (optional)' }), NAME);
    await user.click(screen.getByRole('button', { name: 'Download as a picture' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    const link = clicked[0];
    expect(link?.getAttribute('download')).toBe('sango-net-rules.png');
    expect(link?.getAttribute('href')).toBe('blob:sango/2');

    const [svgBlob, pngBlob] = made;
    expect(svgBlob?.type).toBe('image/svg+xml');
    expect(pngBlob?.type).toBe('image/png');
    expect(context.drawImage).toHaveBeenCalled();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:sango/1');

    const markup = svgBlob ? await readText(svgBlob) : '';
    expect(markup).toContain(NAME);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).not.toMatch(/href="http/i);
    expect(markup).not.toMatch(/url\(\s*['"]?http/i);
    expect(markup.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:/i);
    expect(markup).not.toMatch(/<image|@import|@font-face/i);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:sango/2'), { timeout: 2500 });
  });

  it('says so, and does not break, when the picture cannot be made', async () => {
    stubObjectUrls(
      vi.fn(() => 'blob:sango/x'),
      vi.fn(),
    );
    class BrokenImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      set src(_url: string) {
        queueMicrotask(() => this.onerror?.());
      }
    }
    vi.stubGlobal('Image', BrokenImage);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const { user } = renderCard();
    await user.click(await screen.findByRole('button', { name: 'Download as a picture' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/something went wrong/i);
    expect(click).not.toHaveBeenCalled();
    expect(card()).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download as a picture' })).toBeEnabled();
  });

  it('prints with the browser, and the card is what prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderCard();
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(card().closest('.result-card-print')).not.toBeNull();
  });

  it('is reachable by keyboard: the name field, then Download, then Print', async () => {
    const { user } = renderCard();
    const field = await screen.findByRole('textbox', { name: 'Name on the card (optional)' });
    const download = screen.getByRole('button', { name: 'Download as a picture' });
    const print = screen.getByRole('button', { name: 'Print' });
    const order: Element[] = [];
    for (let i = 0; i < 6; i++) {
      await user.tab();
      if (document.activeElement) order.push(document.activeElement);
    }
    expect(order.slice(0, 3)).toEqual([field, download, print]);
  });

  it('writes the card right to left when the page is right to left', async () => {
    document.documentElement.dir = 'rtl';
    renderCard();
    expect(await screen.findByRole('img', { name: /Net Rules/ })).toHaveAttribute('direction', 'rtl');
  });
});
