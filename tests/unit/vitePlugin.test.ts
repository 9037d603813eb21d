// @vitest-environment node
import { join } from 'node:path';
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
    const { plugin, ctx } = start('content');
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
  });
});
