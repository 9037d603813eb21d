import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { sangoContent } from '../../src/content/compiler/vitePlugin.ts';
import { compileContent, type CompileCache } from '../../src/content/compiler/compileAll.ts';

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

  it("serves the Net Rules tier as the rules' summaries, and each rule's questions as a chunk of its own", () => {
    const { plugin, ctx } = start('content');
    call(plugin.buildStart, ctx);
    const index = String(call(plugin.load, ctx, '\0virtual:sango-content'));
    expect(index).toContain(
      `"fr/net-rules/respect": () => import("virtual:sango-content/fr/net-rules/respect")`,
    );
    const read = (key: string) =>
      JSON.parse(
        JSON.parse(
          /JSON\.parse\((.*)\);/s.exec(
            String(call(plugin.load, ctx, `\0virtual:sango-content/${key}`)),
          )?.[1] ?? '""',
        ) as string,
      ) as {
        items?: { kind: string; id: string; quick?: { quick: boolean } }[];
        kind?: string;
        questions?: unknown[];
      };
    const tier = read('fr/net-rules');
    expect(tier.items?.map((i) => i.kind)).toEqual(Array(8).fill('rule-summary'));
    expect(tier.items?.every((i) => i.quick?.quick === true)).toBe(true);
    expect(JSON.stringify(tier)).not.toContain('"questions"');
    const rule = read('fr/net-rules/respect');
    expect(rule.kind).toBe('rule');
    expect(rule.questions?.length).toBeGreaterThan(1);
  });
});

describe('content in development', () => {
  function devServer(dir: string) {
    const { plugin, ctx } = start(dir);
    call(plugin.buildStart, ctx);
    let onChange: (event: string, file: string) => void = () => undefined;
    const sent: { type: string; event?: string; data?: unknown }[] = [];
    const invalidated: string[] = [];
    const ids = [
      '\0virtual:sango-content',
      '\0virtual:sango-content/en/storybook',
      '\0virtual:sango-content/fr/storybook',
    ];
    const server = {
      watcher: { add: () => undefined, on: (_: string, fn: typeof onChange) => (onChange = fn) },
      moduleGraph: {
        idToModuleMap: new Map(ids.map((id) => [id, { id }])),
        invalidateModule: (mod: { id: string }) => invalidated.push(mod.id),
      },
      ws: { send: (message: { type: string }) => sent.push(message) },
      config: { logger: { error: () => undefined } },
    };
    call(plugin.configureServer, null, server);
    return { change: (file: string) => onChange('change', file), sent, invalidated };
  }

  it('an edited story reaches the page as its one changed chunk, with no reload', () => {
    const copy = mkdtempSync(join(tmpdir(), 'sango-content-'));
    cpSync(join(__dirname, '../../content'), copy, { recursive: true });
    const dev = devServer(relative(join(__dirname, '../..'), copy));
    const story = join(copy, 'en/storybook/01-right-to-play.md');
    writeFileSync(story, readFileSync(story, 'utf8').replace('This is Amara.', 'Here is Amara.'));
    const started = performance.now();
    dev.change(story);
    const took = performance.now() - started;
    console.log(`one content file recompiled and sent in ${took.toFixed(0)} ms`);
    expect(dev.sent.map((m) => m.type)).toEqual(['custom']);
    const [message] = dev.sent;
    expect(message?.event).toBe('sango:content');
    const chunks = message?.data as { key: string; value: unknown }[];
    expect(chunks.map((c) => c.key)).toEqual(['en/storybook']);
    expect(JSON.stringify(chunks[0]?.value)).toContain('Here is Amara.');
    expect(dev.invalidated).toEqual(['\0virtual:sango-content/en/storybook']);
    rmSync(copy, { recursive: true, force: true });
  });

  it('a file whose bytes did not change is not compiled again', () => {
    const cache: CompileCache = new Map();
    const first = compileContent(resolve('content'), 'content', cache);
    const second = compileContent(resolve('content'), 'content', cache);
    const items = (r: typeof first) =>
      r.content.find((c) => c.locale === 'fr' && c.tier === 'workbook')?.items;
    expect(items(second)?.[0]).toBe(items(first)?.[0]);
    expect(second.errors).toEqual(first.errors);
  });
});
