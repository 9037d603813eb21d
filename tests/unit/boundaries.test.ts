/**
 * The folder-boundary lint rule (eslint.config.js) on probe files: a feature may not import another feature's
 * insides, however the path is spelled, but may import inside itself at any depth; shared layers never import
 * a feature. Each probe is linted as if it stood at `filePath`, so imports resolve against the real tree.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}
const importing = (path: string) => `import * as probe from '${path}';\nexport const used = probe;\n`;

describe('folder boundaries', () => {
  it.each([
    ['src/features/workbook/Probe.ts', '../net-rules/scoring.ts'],
    ['src/features/workbook/activities/Probe.ts', '../../net-rules/scoring.ts'],
    ['src/features/storybook/Probe.ts', '../help/HelpView.tsx'],
    ['src/ui/Probe.ts', '../features/help/HelpView.tsx'],
    ['src/store/Probe.ts', '../app/Shell.tsx'],
    ['src/routing/Probe.ts', '../features/help/HelpRoute.tsx'],
    ['src/features/workbook/Probe.ts', '../classroom/useClassroom.ts'],
  ])('%s may not import %s', async (file, path) => {
    expect(await boundaryErrors(file, importing(path))).toHaveLength(1);
  });

  it.each([
    ['src/features/workbook/Probe.ts', './WorkbookHome.tsx'],
    ['src/features/workbook/activities/Probe.ts', '../progress.ts'],
    ['src/features/workbook/Probe.ts', '../../ui/Link.tsx'],
    ['src/app/Probe.ts', '../features/help/HelpRoute.tsx'],
    ['src/features/workbook/Probe.ts', '../classroom/index.ts'],
  ])('%s may import %s', async (file, path) => {
    expect(await boundaryErrors(file, importing(path))).toEqual([]);
  });
}, 60_000);
