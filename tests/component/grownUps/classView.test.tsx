/**
 * The class view, by tap and by keyboard: this device's seats as figures, each child's marks only on request,
 * several files opened at once into a view kept apart from this device's seats (a bad file named and skipped),
 * cleared again, and the printed report in another language. Export hands its file to the share sheet where
 * the browser can share files.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GrownUpsRoute from '../../../src/features/grown-ups/GrownUpsRoute.tsx';
import { useStore } from '../../../src/store/index.ts';
import { freshAppEachTest } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');
const jsonFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  sessionStorage.setItem('sango-grown-ups', 'open');
  // This device: a teal owl who finished a story and an activity at the first try, and an orange fox.
  useStore.setState({
    seats: {
      list: [
        { id: 'seat-1', animal: 'owl', colour: 'teal' },
        { id: 'seat-2', animal: 'fox', colour: 'orange' },
      ],
      active: 'seat-1',
    },
    progress: {
      'seat-1': {
        stories: { 'right-to-play': { step: 6, choice: null, done: true } },
        exercises: { 'my-top-3': { done: true, firstTry: true } },
        rules: {},
        quick: null,
        level1: null,
      },
    },
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

async function open(path: string[]) {
  const user = userEvent.setup();
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <GrownUpsRoute locale="en" path={path} />
      </Suspense>,
    );
  });
  return user;
}

async function openClassView() {
  const user = await open(['class']);
  expect(await screen.findByRole('heading', { level: 1, name: 'Class view' })).toBeInTheDocument();
  return user;
}

/** The on-screen figures table whose title is `name`. */
const table = (name: string) =>
  within(screen.getByRole('region', { name: 'What the class did' })).getByRole('table', { name });
const row = (tableName: string, item: RegExp) => within(table(tableName)).getByRole('row', { name: item });

describe('the class view', () => {
  it('is linked from the grown-ups home, under "For teachers"', async () => {
    await open([]);
    const teachers = await screen.findByRole('region', { name: 'For teachers' });
    expect(within(teachers).getByRole('link', { name: /Class view/ })).toHaveAttribute(
      'href',
      '/en/grown-ups/class/',
    );
  });

  it("shows this device's figures, and each child's marks only when asked (keyboard)", async () => {
    const user = await openClassView();
    expect(
      within(screen.getByRole('region', { name: 'What the class did' })).getByText('This device (2 seats)'),
    ).toBeInTheDocument();
    expect(row('Online with Sango (up to 8)', /Amara and Leo Take Turns/)).toHaveTextContent('1 of 2');
    expect(row('Work with Sango (9 to 12)', /My top 3/i)).toHaveTextContent(/1 of 2\s*1 of 2/);
    // No picture and no mark of any child until the teacher asks.
    expect(screen.queryByRole('img', { name: 'Teal owl' })).not.toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: 'Show each child’s marks' });
    // Keyboard: Shift+Tab from the next control (the print language) lands on the switch; Space turns it on.
    act(() => screen.getByRole('radio', { name: 'English' }).focus());
    await user.tab({ shift: true });
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    const marks = screen.getByRole('region', { name: 'Each child’s marks' });
    const heads = within(marks).getAllByRole('columnheader');
    expect(heads.map((h) => within(h).queryByRole('img')?.getAttribute('aria-label'))).toEqual([
      'Teal owl',
      'Orange fox',
    ]);
    const story = within(marks).getByRole('row', { name: /Amara and Leo Take Turns/ });
    expect(
      within(story)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['✓Finished', '·Not yet']);
    await user.keyboard(' ');
    expect(screen.queryByRole('region', { name: 'Each child’s marks' })).not.toBeInTheDocument();
  }, 20_000);

  it('shows the class Level 1 before and after per rule once a child took Level 1 again', async () => {
    useStore.setState((s) => ({
      progress: {
        ...s.progress,
        'seat-2': {
          stories: {},
          exercises: {},
          rules: {},
          quick: { missed: [], total: 8 },
          level1: {
            rounds: 2,
            marks: {
              respect: { first: false, latest: true },
              'screen-time': { first: true, latest: true },
            },
          },
        },
      },
    }));
    await openClassView();
    const rules = table('Net Rules challenge (13 to 18)');
    expect(within(rules).getByRole('columnheader', { name: 'Level 1: first → latest' })).toBeInTheDocument();
    expect(row('Net Rules challenge (13 to 18)', /^Respect/)).toHaveTextContent('0 → 1 of 1');
    expect(row('Net Rules challenge (13 to 18)', /^Take control of your screen time/)).toHaveTextContent(
      '1 → 1 of 1',
    );
  });

  it('opens several files at once apart from this device, names a bad one, and clears them (tap)', async () => {
    const user = await openClassView();
    const before = { seats: useStore.getState().seats, progress: useStore.getState().progress };
    await user.upload(screen.getByLabelText('Open progress files'), [
      jsonFile(fixture('transfer/v2-export.json'), 'tablet-a.json'),
      jsonFile('{"hello": "world"}', 'holiday.json'),
      jsonFile(fixture('transfer/v1-export.json'), 'tablet-b.json'),
    ]);
    const files = screen.getByRole('region', { name: 'Files from other devices' });
    const status = within(files).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('2 files opened.'));
    expect(status).toHaveTextContent(
      '\u2068holiday.json\u2069 was skipped: it is not a Sango progress file.',
    );
    expect(status).toHaveFocus();
    expect(within(files).getByRole('list')).toHaveTextContent(
      /tablet-a\.json.*2 children.*tablet-b\.json.*1 child/,
    );
    // The figures now count the files' three children; this device's seats and progress are untouched.
    expect(screen.getByRole('radio', { name: 'Opened files (3 children)' })).toBeChecked();
    expect(row('Online with Sango (up to 8)', /Amara and Leo Take Turns/)).toHaveTextContent('2 of 3');
    expect(useStore.getState().seats).toBe(before.seats);
    expect(useStore.getState().progress).toBe(before.progress);
    // Back to this device with one tap, and back again.
    await user.click(screen.getByRole('radio', { name: 'This device (2 seats)' }));
    expect(row('Online with Sango (up to 8)', /Amara and Leo Take Turns/)).toHaveTextContent('1 of 2');
    await user.click(screen.getByRole('radio', { name: 'Opened files (3 children)' }));
    // The same file again counts once.
    await user.upload(screen.getByLabelText('Open progress files'), [
      jsonFile(fixture('transfer/v2-export.json'), 'tablet-a copy.json'),
    ]);
    await waitFor(() => expect(status).toHaveTextContent('was already open, so it is counted once.'));
    expect(useStore.getState().classView.seats).toHaveLength(3);

    await user.click(within(files).getByRole('button', { name: 'Clear the class view' }));
    expect(status).toHaveTextContent('The class view is empty. Nothing on this device was changed.');
    expect(useStore.getState().classView.seats).toEqual([]);
    expect(screen.queryByRole('radio', { name: /Opened files/ })).not.toBeInTheDocument();
    expect(useStore.getState().seats).toBe(before.seats);
  }, 20_000);

  it('prints the report in the language the teacher picks', async () => {
    const user = await openClassView();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('radio', { name: 'العربية' }));
    await waitFor(() => expect(document.querySelector('.class-report')).toHaveAttribute('lang', 'ar'));
    const report = document.querySelector<HTMLElement>('.class-report')!;
    expect(report).toHaveAttribute('dir', 'rtl');
    expect(within(report).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('تقرير الصف');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // Figures only: no seat picture in the printout.
    expect(report.querySelector('.seat-avatar')).toBeNull();
    // The screen stays in English.
    expect(screen.getByRole('heading', { level: 1, name: 'Class view' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print the class report' }));
    expect(print).toHaveBeenCalledTimes(1);
  }, 20_000);
});

describe('sharing an export', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'canShare');
    Reflect.deleteProperty(navigator, 'share');
  });

  it('offers the share sheet where the browser can share files, and hands it the export', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const user = await open(['data']);
    await user.click(await screen.findByRole('button', { name: 'Share the file' }));
    expect(share).toHaveBeenCalledTimes(1);
    const [{ files }] = share.mock.calls[0] as unknown as [{ files: File[] }];
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^sango-progress-\d{4}-\d{2}-\d{2}\.json$/);
    expect(screen.getByRole('region', { name: 'Export progress' })).toHaveTextContent(
      'to this device’s share menu.',
    );
  });

  it('offers only the download where files cannot be shared', async () => {
    Object.defineProperty(navigator, 'canShare', { value: () => false, configurable: true });
    await open(['data']);
    expect(await screen.findByRole('button', { name: 'Export progress to a file' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share the file' })).not.toBeInTheDocument();
  });
});
