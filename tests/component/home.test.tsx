/** The home page: Sango's hello, the three tiers by age, and every language by its own name. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import arCommon from '../../locales/ar/common.json';
import frCommon from '../../locales/fr/common.json';
import { useStore } from '../../src/store/index.ts';
import { renderApp, freshAppEachTest } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

const LANGUAGES = [
  ['English', 'en', 'ltr'],
  ['Français', 'fr', 'ltr'],
  ['Español', 'es', 'ltr'],
  ['العربية', 'ar', 'rtl'],
  ['中文', 'zh', 'ltr'],
  ['Русский', 'ru', 'ltr'],
] as const;

const languageNav = () => screen.getByRole('navigation', { name: 'Choose your language' });

describe('the home page', () => {
  it('each tier card is one Tab stop: its link, not the card around it too', async () => {
    const { user } = renderApp('/en/');
    await screen.findByRole('heading', { level: 1 });
    const cards = screen.getAllByRole('link', {
      name: /^(Online with Sango|Work with Sango|Net Rules challenge)/,
    });
    for (const card of cards) expect(card.closest('li')).not.toHaveAttribute('tabindex');
    const stops: Element[] = [];
    for (let i = 0; i < 20; i++) {
      await user.tab();
      if (document.activeElement) stops.push(document.activeElement);
    }
    const onCards = stops.filter((el) => el.closest('.tier-cards'));
    expect(onCards.slice(0, 3)).toEqual(cards);
  });

  it('says hello as its one h1', async () => {
    renderApp('/en/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Hello! I am Sango.');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Hello! I am Sango. · Sango');
  });

  it('offers three tiers as links, each with its age label', async () => {
    renderApp('/en/');
    await screen.findByRole('heading', { level: 1 });
    const tiers = [
      ['Online with Sango', 'For children up to 8 years old', '/en/storybook/'],
      ['Work with Sango', 'For ages 9 to 12', '/en/workbook/'],
      ['Net Rules challenge', 'For ages 13 to 18', '/en/net-rules/'],
    ] as const;
    for (const [title, ages, href] of tiers) {
      const link = screen.getByRole('link', { name: new RegExp(`^${title}`) });
      expect(link).toHaveAttribute('href', href);
      expect(within(link).getByText(ages)).toBeInTheDocument();
      expect(link).toHaveAccessibleName(expect.stringContaining(ages));
    }
  });

  it('lists six languages by their native names, each marked with its lang, the current one aria-current', async () => {
    renderApp('/en/');
    await screen.findByRole('heading', { level: 1 });
    const links = within(languageNav()).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(LANGUAGES.map(([name]) => name));
    for (const [name, code, dir] of LANGUAGES) {
      const link = within(languageNav()).getByRole('link', { name });
      expect(link).toHaveAttribute('lang', code);
      expect(link).toHaveAttribute('dir', dir);
      expect(link).toHaveAttribute('href', `/${code}/`);
      if (code === 'en') expect(link).toHaveAttribute('aria-current', 'true');
      else expect(link).not.toHaveAttribute('aria-current');
    }
  });

  it('switches language in place: French strings, lang="fr", Français current and remembered', async () => {
    const { user } = renderApp('/en/');
    await screen.findByRole('heading', { level: 1, name: 'Hello! I am Sango.' });
    await user.click(within(languageNav()).getByRole('link', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: frCommon.home.title })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/fr/');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    const nav = screen.getByRole('navigation', { name: frCommon.home.languages });
    expect(within(nav).getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'true');
    expect(within(nav).getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
    expect(useStore.getState().settings.locale).toBe('fr');
  });

  it('Arabic turns the whole document right-to-left', async () => {
    renderApp('/ar/');
    expect(await screen.findByRole('heading', { level: 1, name: arCommon.home.title })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: arCommon.home.languages });
    expect(within(nav).getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'true');
    expect(within(nav).getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });
});
