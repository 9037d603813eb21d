/**
 * The printables page: seat cards for every seat, certificates only for what a seat finished, family sheets,
 * each in the language picked for the paper (which the page around it does not follow), and a typed name that
 * goes nowhere but the printout.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GrownUpsRoute from '../../../src/features/grown-ups/GrownUpsRoute.tsx';
import { useStore, type SeatProgress } from '../../../src/store/index.ts';
import { freshAppEachTest } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

beforeEach(() => sessionStorage.setItem('sango-grown-ups', 'open'));
afterEach(() => sessionStorage.clear());

async function open(path = ['printables']) {
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <GrownUpsRoute locale="en" path={path} />
      </Suspense>,
    );
  });
  await screen.findByRole('heading', { level: 1, name: path.length ? 'Printables' : 'For grown-ups' });
}
const preview = () => screen.getByRole('region', { name: 'Preview' });
const sheet = () => preview().querySelector<HTMLElement>('.printable-sheet')!;

const STORIES = [
  'right-to-play',
  'screen-time',
  'something-upsetting',
  'right-to-learn',
  'privacy',
  'grown-ups-as-role-models',
];
/** Three seats: the first has read every story, the second has done nothing, the third has every badge. */
function seedSeats() {
  const none = (): SeatProgress => ({ stories: {}, exercises: {}, rules: {}, quick: null, level1: null });
  const reader = none();
  for (const id of STORIES) reader.stories[id] = { step: 0, choice: null, done: true };
  const teen = none();
  for (const id of [
    'you-have-rights',
    'respect',
    'screen-time',
    'meeting-up',
    'you-can-say-no',
    'harmful-content',
    'privacy-footprint',
    'check-before-you-trust',
  ]) {
    teen.rules[id] = { best: 1, badge: true };
  }
  useStore.setState({
    seats: {
      list: [
        { id: 'seat-1', animal: 'owl', colour: 'teal' },
        { id: 'seat-2', animal: 'fox', colour: 'orange' },
        { id: 'seat-3', animal: 'whale', colour: 'blue' },
      ],
      active: 'seat-2',
    },
    progress: { 'seat-1': reader, 'seat-2': none(), 'seat-3': teen },
  });
}

// Whole pages with content and two languages' strings: on a loaded two-core machine they take seconds.
describe('printables', { timeout: 15_000 }, () => {
  it('the grown-ups home links to them, for teachers', async () => {
    await open([]);
    const teachers = screen.getByRole('region', { name: 'For teachers' });
    expect(within(teachers).getByRole('link', { name: /Printables/ })).toHaveAttribute(
      'href',
      '/en/grown-ups/printables/',
    );
  });

  it('seat cards: one for each seat, its picture big and its name, and Print prints', async () => {
    seedSeats();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await open();
    expect(screen.getByRole('radio', { name: 'Seat cards' })).toBeChecked();
    const cards = within(preview()).getAllByRole('listitem');
    expect(cards.map((c) => c.textContent)).toEqual(['Teal owl', 'Orange fox', 'Blue whale']);
    expect(cards[0]?.querySelector('svg[data-animal="owl"][data-colour="teal"]')).not.toBeNull();
    expect(within(preview()).getByText('Cut along the dashed lines.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('seven seats make two pages of cards', async () => {
    const animals = ['owl', 'fox', 'cat', 'turtle', 'rabbit', 'bear', 'whale'] as const;
    useStore.setState({
      seats: {
        list: animals.map((animal, i) => ({ id: `seat-${i + 1}`, animal, colour: 'teal' as const })),
        active: 'seat-1',
      },
    });
    await open();
    const pages = sheet().querySelectorAll('.paper-page');
    expect([...pages].map((p) => p.querySelectorAll('li').length)).toEqual([6, 1]);
  });

  it('prints in the language picked for the paper, while the page stays in its own', async () => {
    seedSeats();
    const user = userEvent.setup();
    await open();
    expect(sheet()).toHaveAttribute('lang', 'en');
    expect(sheet()).toHaveAttribute('dir', 'ltr');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the printout' }), 'ar');
    await within(preview()).findByText('قُصّ على طول الخطوط المتقطّعة.');
    expect(sheet()).toHaveAttribute('lang', 'ar');
    expect(sheet()).toHaveAttribute('dir', 'rtl');
    // The seat names on the paper are Arabic; everything around the paper is still English.
    expect(within(preview()).getAllByRole('listitem')[0]?.textContent).not.toBe('Teal owl');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Printables');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('a certificate is offered only for what the chosen seat has finished', async () => {
    seedSeats();
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('radio', { name: 'A certificate' }));
    const whose = screen.getByRole('group', { name: 'Whose certificate?' });
    // The active seat (the fox) has finished nothing: no certificate, and nothing to print.
    expect(within(whose).getByRole('radio', { name: 'Orange fox' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('This seat has not finished');
    expect(screen.queryByRole('button', { name: 'Print' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(within(whose).getByRole('radio', { name: 'Teal owl' }));
    const forWhat = screen.getByRole('group', { name: 'For finishing' });
    expect(
      within(forWhat)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      'all the stories of “Online with Sango”',
      // nothing else: the owl has no module and no badge
    ]);
    expect(preview()).toHaveTextContent('Certificate');
    expect(preview()).toHaveTextContent('all the stories of “Online with Sango”');
    expect(preview().querySelector('svg[data-animal="owl"]')).not.toBeNull();

    // By keyboard: arrow keys move between seats, as native radios do.
    within(whose).getByRole('radio', { name: 'Teal owl' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(whose).getByRole('radio', { name: 'Blue whale' })).toBeChecked();
    expect(preview()).toHaveTextContent('the “Net Rules challenge”: all eight badges');
  });

  it('a typed name: on the certificate, at most 40 characters, and never stored', async () => {
    seedSeats();
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('radio', { name: 'A certificate' }));
    await user.click(screen.getByRole('radio', { name: 'Teal owl' }));
    const field = screen.getByRole('textbox', { name: 'Name on the certificate (optional)' });
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAccessibleDescription(/Sango never saves it/);
    expect(field.closest('form')).toBeNull(); // nothing to submit, so never in a URL
    await user.type(field, 'Zanzibar Quokka');
    expect(preview()).toHaveTextContent('Zanzibar Quokka');
    await user.clear(field);
    await user.paste('A'.repeat(60));
    expect(field).toHaveValue('A'.repeat(40));
    await user.clear(field);
    await user.paste('Zanzibar Quokka');
    expect(preview()).toHaveTextContent('Zanzibar Quokka');
    const everything = JSON.stringify([
      useStore.getState(),
      { ...localStorage },
      { ...sessionStorage },
      window.location.href,
      window.history.state,
    ]);
    expect(everything).not.toContain('Zanzibar');
    // Left empty, the certificate has a line to write the name by hand.
    await user.clear(field);
    expect(preview().querySelector('.certificate-blank')).not.toBeNull();
  });

  it('a family sheet for a story and for a module: what was learned, three starters, and help', async () => {
    const user = userEvent.setup();
    await open();
    // In an awaited act: the sheet suspends on its content, and its retry must not be left queued in a
    // synchronous one (see pages.test.tsx).
    await act(async () => user.click(screen.getByRole('radio', { name: 'A family sheet' })));
    const pick = screen.getByRole('combobox', { name: 'Which story or module?' });
    expect(within(pick).getAllByRole('option')).toHaveLength(13);
    const paper = () => within(preview());
    expect(await paper().findByRole('heading', { level: 2 })).toHaveTextContent(
      'For the family: Amara and Leo Take Turns',
    );
    expect(preview()).toHaveTextContent('Playing is a right.');
    const starters = paper().getAllByRole('list')[0]!;
    const items = within(starters).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent(
      'What should Amara do?In the story, the kind choice is: Take turns with Leo.',
    );
    expect(items[2]).toHaveTextContent('What games do you like to play?');
    expect(paper().getByRole('heading', { level: 3, name: 'Where to find help' })).toBeInTheDocument();
    expect(preview()).toHaveTextContent('116 111');

    await act(async () => user.selectOptions(pick, 'module:know-your-rights'));
    expect(await paper().findByRole('heading', { level: 2 })).toHaveTextContent(
      'For the family: Know your rights',
    );
    expect(preview()).toHaveTextContent('I know the difference between a right and a want.');
    const questions = within(
      paper().getByRole('heading', { name: 'Three things to talk about' }).parentElement!,
    ).getAllByRole('listitem');
    expect(questions.map((q) => q.textContent)).toEqual([
      'Which card was hardest to sort? Why?',
      'Can you think of a time when one of your rights helped you online?',
      expect.stringMatching(/^Who should make sure children's rights are respected online\?/),
    ]);
  });
});
