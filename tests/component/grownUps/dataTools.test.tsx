/**
 * The data tools: export makes a file that reads back as the same state; import asks before it replaces
 * anything, and a wrong file says so calmly and changes nothing; the storage status says where progress is.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_IDS } from '../../../src/content/knownIds.ts';
import GrownUpsRoute from '../../../src/features/grown-ups/GrownUpsRoute.tsx';
import { STORE_VERSION } from '../../../src/store/migrations.ts';
import { STATE_KEY, storage, useStore, type Persisted } from '../../../src/store/index.ts';
import type { StorageNotice } from '../../../src/store/safeStorage.ts';
import { MAX_EXPORT_BYTES, parseExport } from '../../../src/store/transfer.ts';
import { freshAppEachTest, seedProgress, STORY, storyProgress } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

const FINISHED = { step: 6, choice: 'take-turns', done: true };
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');
/** jsdom's Blob has no text(): read it the way older browsers do. */
const blobText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
const jsonFile = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  sessionStorage.setItem('sango-grown-ups', 'open'); // the gate has its own tests
  seedProgress(FINISHED);
  useStore.getState().updateSettings({ textSize: 'large' });
});
afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

async function openDataTools() {
  const user = userEvent.setup();
  // An awaited act: a retry after suspending on content must not stay queued in a synchronous act.
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <GrownUpsRoute locale="en" path={['data']} />
      </Suspense>,
    );
  });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Progress on this device' }),
  ).toBeInTheDocument();
  return user;
}

const persisted = (): Persisted => {
  const { settings, seats, progress } = useStore.getState();
  return { settings, seats, progress };
};
const region = (name: string) => screen.getByRole('region', { name });
const importStatus = () => within(region('Import progress')).getByRole('status');
const fileInput = () => screen.getByLabelText('Choose a progress file');

describe('export', () => {
  it('downloads a dated JSON file that reads back as the same state', async () => {
    const blobs: Blob[] = [];
    const created = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:sango-test';
    });
    Object.defineProperty(URL, 'createObjectURL', { value: created, configurable: true, writable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const user = await openDataTools();
    const before = persisted();
    await user.click(screen.getByRole('button', { name: 'Export progress to a file' }));

    expect(created).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toMatch(/^sango-progress-\d{4}-\d{2}-\d{2}\.json$/);
    expect(clicked[0]?.getAttribute('href')).toBe('blob:sango-test');
    expect(blobs[0]?.type).toBe('application/json');
    const text = await blobText(blobs[0]!);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ app: 'sango', kind: 'progress-export', version: STORE_VERSION });
    expect(Number.isNaN(Date.parse(String(file.exported)))).toBe(false);
    expect(parseExport(text, CONTENT_IDS)).toMatchObject({ ok: true, state: before });
    expect(within(region('Export progress')).getByRole('status')).toHaveTextContent(clicked[0]!.download);
    // The file name keeps its own direction inside an Arabic (right-to-left) sentence.
    expect(within(region('Export progress')).getByRole('status').textContent).toContain(
      `\u2068${clicked[0]!.download}\u2069`,
    );
    expect(persisted()).toEqual(before); // exporting changes nothing
  });
});

describe('import', () => {
  it('asks first, then replaces progress, seats and settings with the file, and says so', async () => {
    const user = await openDataTools();
    await user.upload(
      fileInput(),
      jsonFile(fixture('transfer/v2-export.json'), 'sango-progress-2025-06-02.json'),
    );

    const group = await screen.findByRole('group', { name: /Replace all progress and settings/ });
    const answers = within(group).getAllByRole('button');
    expect(answers.map((b) => b.textContent)).toEqual(['Yes, replace', 'No, keep what is here']);
    expect(answers[0]?.className).toBe(answers[1]?.className); // equal weight
    expect(group).toHaveTextContent('The file holds progress for 2 learners.');
    // focus moves in an effect after the file is read: wait for it as a user would
    await waitFor(() => expect(group.contains(document.activeElement)).toBe(true));
    expect(storyProgress()).toEqual(FINISHED); // asking changes nothing

    await user.click(within(group).getByRole('button', { name: 'Yes, replace' }));
    expect(importStatus()).toHaveTextContent('Progress imported.');
    expect(document.activeElement).toBe(importStatus());
    const expected = parseExport(fixture('transfer/v2-export.json'), CONTENT_IDS);
    if (!expected.ok) throw new Error('fixture must parse');
    expect(persisted()).toEqual(expected.state);
    expect(useStore.getState().seats.list).toHaveLength(2);
    expect(useStore.getState().progress['seat-1']?.stories[STORY]).toEqual({
      step: 3,
      choice: 'take-turns',
      done: true,
    });
    // and it is saved on the device
    const saved = JSON.parse(localStorage.getItem(STATE_KEY) ?? 'null') as { state: Persisted };
    expect(saved.state).toEqual(expected.state);
  });

  it('imports an old (v1) file, migrated', async () => {
    const user = await openDataTools();
    await user.upload(fileInput(), jsonFile(fixture('transfer/v1-export.json')));
    const group = await screen.findByRole('group', { name: /Replace all progress/ });
    expect(group).toHaveTextContent('The file holds progress for 1 learner.');
    await user.click(within(group).getByRole('button', { name: 'Yes, replace' }));
    expect(storyProgress()).toEqual({ step: 3, choice: 'take-turns', done: true });
    expect(useStore.getState().settings.highContrast).toBe(true);
  });

  it('"No, keep what is here" changes nothing, and the file can be chosen again', async () => {
    const user = await openDataTools();
    const before = persisted();
    await user.upload(fileInput(), jsonFile(fixture('transfer/v2-export.json')));
    await user.click(await screen.findByRole('button', { name: 'No, keep what is here' }));
    expect(importStatus()).toHaveTextContent('Nothing was changed.');
    expect(persisted()).toEqual(before);
    expect(document.activeElement).toBe(fileInput());
  });

  const newer = JSON.stringify({
    ...(JSON.parse(fixture('transfer/v2-export.json')) as object),
    version: STORE_VERSION + 1,
  });
  const damaged = fixture('transfer/v2-export.json').replace('"step": 3', '"step": -3');
  it.each([
    ['not JSON', 'this is not json {', /cannot read this file/],
    ['JSON but not Sango', '{"name": "holiday photos"}', /not a Sango progress file/],
    ['from a newer version', newer, /newer version of Sango/],
    ['damaged', damaged, /damaged/],
  ])('a file that is %s: a calm message, and nothing changes', async (_kind, text, message) => {
    const user = await openDataTools();
    const before = persisted();
    const savedBefore = localStorage.getItem(STATE_KEY);
    await user.upload(fileInput(), jsonFile(text));
    await waitFor(() => expect(importStatus()).toHaveTextContent(message));
    expect(importStatus()).toHaveTextContent('Nothing was changed.');
    await waitFor(() => expect(document.activeElement).toBe(importStatus()));
    expect(screen.queryByRole('group', { name: /Replace all progress/ })).not.toBeInTheDocument();
    expect(persisted()).toEqual(before);
    expect(storyProgress()).toEqual(FINISHED);
    expect(localStorage.getItem(STATE_KEY)).toBe(savedBefore);
  });

  it('a file over the size limit (1 MB) is refused before it is read', async () => {
    const user = await openDataTools();
    const before = persisted();
    const big = jsonFile(`{"app":"sango","pad":"${'x'.repeat(MAX_EXPORT_BYTES)}"}`);
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    await user.upload(fileInput(), big);
    await waitFor(() => expect(importStatus()).toHaveTextContent(/too big/));
    expect(read).not.toHaveBeenCalled();
    expect(persisted()).toEqual(before);
  });
});

describe('the last action speaks', () => {
  it('an import error goes once a later export succeeds', async () => {
    Object.defineProperty(URL, 'createObjectURL', {
      value: () => 'blob:x',
      configurable: true,
      writable: true,
    });
    Object.defineProperty(URL, 'revokeObjectURL', {
      value: () => undefined,
      configurable: true,
      writable: true,
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = await openDataTools();
    await user.upload(fileInput(), jsonFile('not json at all'));
    await waitFor(() => expect(importStatus()).not.toHaveTextContent(/^$/));
    await user.click(screen.getByRole('button', { name: 'Export progress to a file' }));
    expect(within(region('Export progress')).getByRole('status')).toHaveTextContent(/Sango made the file/);
    expect(importStatus()).toBeEmptyDOMElement();
  });
});

describe('storage status', () => {
  afterEach(() => {
    // @ts-expect-error: remove the fake StorageManager
    delete navigator.storage;
  });

  it('says where progress is, and asks the browser to keep it', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', {
      value: { persisted: () => Promise.resolve(false), persist },
      configurable: true,
    });
    const user = await openDataTools();
    const status = region('Where progress is saved');
    expect(status).toHaveTextContent('Progress is saved on this device.');
    expect(status).toHaveTextContent('Sango is open in a browser tab.');
    expect(status).toHaveTextContent(/install Sango, or export your progress now and then/);
    expect(await within(status).findByText(/may clear it/)).toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(persist).toHaveBeenCalled();
    const answer = within(status).getByRole('status');
    await waitFor(() => expect(answer).toHaveTextContent("The browser agreed to keep Sango's progress."));
    await waitFor(() => expect(document.activeElement).toBe(answer));
    expect(status).toHaveTextContent('The browser has agreed to keep it.');
    expect(
      within(status).queryByRole('button', { name: 'Ask the browser to keep it' }),
    ).not.toBeInTheDocument();
  });

  it('says when progress is only in memory', async () => {
    const notices = storage.notices as StorageNotice[];
    notices.push('memory-only');
    try {
      await openDataTools();
      expect(region('Where progress is saved')).toHaveTextContent(/only in memory/);
      expect(screen.queryByRole('button', { name: 'Ask the browser to keep it' })).not.toBeInTheDocument();
    } finally {
      notices.splice(notices.indexOf('memory-only'), 1);
    }
  });
});
