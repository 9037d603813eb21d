/**
 * The grown-ups pages behind the gate: home (with the device mode), each guide, the teacher notes index and a
 * path that is not there.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GrownUpsRoute from '../../../src/features/grown-ups/GrownUpsRoute.tsx';
import { useStore } from '../../../src/store/index.ts';
import { freshAppEachTest } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

beforeEach(() => sessionStorage.setItem('sango-grown-ups', 'open'));
afterEach(() => sessionStorage.clear());

/**
 * Renders inside an awaited act: a page that suspends on content (React's use()) inside a synchronous act
 * would leave its retry queued in that act, and never show.
 */
async function open(path: string[]) {
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <GrownUpsRoute locale="en" path={path} />
      </Suspense>,
    );
  });
}
const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('the grown-ups pages', () => {
  it('home: every guide, for teachers, the data tools and settings, install help, privacy and credits', async () => {
    await open([]);
    await h1('For grown-ups');
    const guides = screen.getByRole('navigation', { name: 'Guides' });
    const links = within(guides).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/en/grown-ups/for-parents/',
      '/en/grown-ups/for-educators/',
      '/en/grown-ups/help-and-reporting/',
      '/en/grown-ups/privacy/',
    ]);
    expect(links[0]).toHaveTextContent('For parents and carers');
    const teachers = screen.getByRole('region', { name: 'For teachers' });
    expect(within(teachers).getByRole('link', { name: /Teacher notes/ })).toHaveAttribute(
      'href',
      '/en/grown-ups/teacher-notes/',
    );
    expect(
      within(teachers).getByRole('switch', { name: 'Classroom mode (for a projector)' }),
    ).not.toBeChecked();
    const device = screen.getByRole('region', { name: 'This device' });
    expect(within(device).getByRole('link', { name: /Export, import or erase progress/ })).toHaveAttribute(
      'href',
      '/en/grown-ups/data/',
    );
    expect(within(device).getByRole('link', { name: /Device settings/ })).toHaveAttribute(
      'href',
      '/en/settings',
    );
    const install = screen.getByRole('region', { name: 'Install Sango' });
    expect(install).toHaveTextContent('Open Sango once with the internet to make it work offline.');
    expect(screen.getByRole('link', { name: 'Read more about privacy' })).toHaveAttribute(
      'href',
      '/en/grown-ups/privacy/',
    );
    expect(screen.getByRole('button', { name: 'Erase all progress' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Credits' })).toBeInTheDocument();
  });

  it('home: the device mode, home or school, and at school the wait before handing over', async () => {
    await open([]);
    await h1('For grown-ups');
    const user = userEvent.setup();
    const device = screen.getByRole('region', { name: 'This device' });
    expect(within(device).getByRole('radio', { name: 'At home' })).toBeChecked();
    expect(within(device).queryByRole('group', { name: 'Ask again after' })).not.toBeInTheDocument();
    await user.click(within(device).getByRole('radio', { name: 'At school' }));
    expect(useStore.getState().settings.mode).toBe('school');
    const idle = within(device).getByRole('group', { name: 'Ask again after' });
    expect(
      within(idle)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['5 minutes', '10 minutes', '15 minutes', '30 minutes']);
    expect(within(idle).getByRole('radio', { name: '10 minutes' })).toBeChecked();
    await user.click(within(idle).getByRole('radio', { name: '15 minutes' }));
    expect(useStore.getState().settings.idleMinutes).toBe(15);
    await user.click(within(device).getByRole('radio', { name: 'At home' }));
    expect(useStore.getState().settings.mode).toBe('home');
  });

  it('the device mode is behind the gate: without the hold, no switch', async () => {
    sessionStorage.clear();
    useStore.getState().updateSettings({ mode: 'school' });
    await open([]);
    expect(await screen.findByRole('button', { name: 'Press and hold to open' })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('a guide: its title, sections, contents and what to read next', async () => {
    await open(['privacy']);
    await h1('Privacy in Sango');
    for (const name of [
      'For children under 9',
      'For ages 9 to 12',
      'For ages 13 to 18',
      'For parents and teachers',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(contents).getByRole('link', { name: 'For ages 9 to 12' })).toHaveAttribute(
      'href',
      '#ages-9-to-12',
    );
    const related = screen.getByRole('navigation', { name: 'See also' });
    expect(within(related).getByRole('link', { name: 'Export, import or erase progress' })).toHaveAttribute(
      'href',
      '/en/grown-ups/data/',
    );
    expect(screen.getByRole('link', { name: 'Back to “For grown-ups”' })).toHaveAttribute(
      'href',
      '/en/grown-ups/',
    );
  });

  it.each([
    ['for-parents', 'For parents and carers', 'Be the person they can tell'],
    ['for-educators', 'For educators', 'Using Sango in class'],
    ['help-and-reporting', 'Help and reporting', 'Child helplines'],
  ])('the %s guide', async (id, title, section) => {
    await open([id]);
    await h1(title);
    expect(screen.getByRole('heading', { level: 2, name: section })).toBeInTheDocument();
  });

  it('teacher notes: every workbook module, its message, its notes and a link to it', async () => {
    await open(['teacher-notes']);
    await h1('Teacher notes');
    const modules = screen.getAllByRole('region');
    expect(modules).toHaveLength(7);
    expect(modules[0]).toHaveAccessibleName('Module 1: Know your rights');
    expect(modules[0]).toHaveTextContent('Knowing your rights online');
    expect(within(modules[0]!).getByRole('link', { name: 'Open “Know your rights”' })).toHaveAttribute(
      'href',
      '/en/workbook/know-your-rights/',
    );
    expect(within(modules[0]!).getByText('Read the teacher notes')).toBeInTheDocument();
    expect(
      within(modules[0]!).getByRole('heading', { level: 3, name: 'Aim', hidden: true }),
    ).toBeInTheDocument();
  });

  it.each([[['nothing-here']], [['privacy', 'more']], [['guides']]])(
    '%j: not found, with a way back',
    async (path) => {
      await open(path);
      await h1("We can't find this page for grown-ups");
      expect(screen.getByRole('link', { name: 'Back to “For grown-ups”' })).toHaveAttribute(
        'href',
        '/en/grown-ups/',
      );
    },
  );
});
