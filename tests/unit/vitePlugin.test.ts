import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { sangoContent } from '../../src/content/compiler/vitePlugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, self: unknown, ...args: unknown[]) => (hook as Hook).call(self, ...args);

function start(dir: string) {
  const plugin = sangoContent({ dir });
  call(plugin.configResolved, null, { root: join(__dirname, '../..') } as ResolvedConfig);
  const ctx = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return { plugin, ctx };
}

describe('the content Vite plugin', () => {
  it('fails the build on bad content, naming file:line and the problem', () => {
    const { plugin, ctx } = start('tests/fixtures/content-tree-bad');
    expect(() => call(plugin.buildStart, ctx)).toThrow(
      /tests\/fixtures\/content-tree-bad\/en\/storybook\/01-raw-html.md:12: raw HTML is not allowed/,
    );
  });

  it('serves one lazy module per locale and tier, holding the compiled JSON', () => {
    // The real content, with one Arabic story taken out: it must fall back to English, marked as such.
    const copy = mkdtempSync(join(tmpdir(), 'sango-content-'));
    cpSync(join(__dirname, '../../content'), copy, { recursive: true });
    rmSync(join(copy, 'ar/storybook/05-privacy.md'));
    const { plugin, ctx } = start(relative(join(__dirname, '../..'), copy));
    call(plugin.buildStart, ctx);
    const index = String(call(plugin.load, ctx, '\0virtual:sango-content'));
    expect(index).toContain(`"ar/storybook": () => import("virtual:sango-content/ar/storybook")`);
    const ar = String(call(plugin.load, ctx, '\0virtual:sango-content/ar/storybook'));
    const json = JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/s.exec(ar)?.[1] ?? '""') as string) as {
      locale: string;
      items: { id: string; untranslated: boolean }[];
    };
    expect(json.locale).toBe('ar');
    // Story 1 is translated; a story not yet translated is there too, in English, marked as such.
    expect(json.items[0]).toMatchObject({ id: 'right-to-play', untranslated: false });
    expect(json.items.find((i) => i.id === 'privacy')).toMatchObject({ untranslated: true });
    rmSync(copy, { recursive: true, force: true });
  });
});
