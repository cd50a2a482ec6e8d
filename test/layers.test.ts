/**
 * The top-level folders of src/ are layers, and dependencies point one way
 * (README, Layout): no two folders import each other, directly or through
 * others; the run-time layer, which the package publishes, imports nothing
 * outside itself; and nothing in src/ imports scripts/ or test/, which build
 * on it. A backward import fails here, naming the file and line.
 *
 * Imports are read with TypeScript's parser, so every form counts:
 * `import`, `import type`, `export … from`, `import()`, `import('…').Type`
 * and `require()`. A file named by path at run time (a worker's URL, an
 * esbuild entry, dist/) is data, not an import, and is not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.ts';

const srcRoot = path.join(projectRoot, 'src');

/** One import of one module by another, both as paths relative to the project root. */
interface Import {
  readonly file: string;
  readonly line: number;
  readonly target: string;
}

/** The specifiers a module imports, with their lines (1-based). */
function importSpecifiers(fileName: string, text: string): { specifier: string; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { specifier: string; line: number }[] = [];
  const add = (node: ts.Node | undefined): void => {
    if (node && ts.isStringLiteralLike(node)) {
      found.push({ specifier: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    )
      add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every import between modules of src/ and from src/ to the rest of the project (packages are not ours). */
function projectImports(): Import[] {
  const imports: Import[] = [];
  const files = readdirSync(srcRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?[jt]s$/.test(file))
    .map((file) => path.join(srcRoot, file));
  for (const file of files) {
    for (const { specifier, line } of importSpecifiers(file, readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      imports.push({
        file: relative(file),
        line,
        target: relative(path.resolve(path.dirname(file), specifier)),
      });
    }
  }
  return imports;
}

function relative(file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}

/** The top-level folder of src/ a module is in; undefined outside src/. */
function folderOf(file: string): string | undefined {
  const [top, folder, rest] = file.split('/', 3);
  return top === 'src' && rest !== undefined ? folder : undefined;
}

const describeImport = (found: Import): string => `${found.file}:${found.line} → ${found.target}`;

/**
 * The folder graph's cycles, each once: `a → b → a` with, for every step, the
 * first import that makes it. Folders that reach each other through others
 * show as a longer cycle.
 */
function folderCycles(imports: readonly Import[]): string[] {
  const edges = new Map<string, Map<string, Import>>();
  for (const found of imports) {
    const from = folderOf(found.file);
    const to = folderOf(found.target);
    if (from === undefined || to === undefined || from === to) continue;
    const out = edges.get(from) ?? new Map<string, Import>();
    if (!out.has(to)) out.set(to, found);
    edges.set(from, out);
  }
  /** The shortest path of folders from `start` to `goal`, breadth first; undefined when there is none. */
  const pathBetween = (start: string, goal: string): string[] | undefined => {
    const previous = new Map<string, string>([[start, start]]);
    const queue = [start];
    while (queue.length > 0) {
      const folder = queue.shift()!;
      if (folder === goal) {
        const steps = [goal];
        while (steps[0] !== start) steps.unshift(previous.get(steps[0]!)!);
        return steps;
      }
      for (const next of [...(edges.get(folder)?.keys() ?? [])].sort()) {
        if (!previous.has(next)) {
          previous.set(next, folder);
          queue.push(next);
        }
      }
    }
    return undefined;
  };
  const cycles = new Map<string, string>();
  for (const [from, out] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
    for (const to of [...out.keys()].sort()) {
      const back = pathBetween(to, from);
      if (!back) continue;
      const folders = [from, ...back];
      // The same cycle is found from each of its edges: keep it once, named from its first folder in order.
      const steps = folders.slice(0, -1);
      const first = steps.indexOf([...steps].sort()[0]!);
      const rotated = [...steps.slice(first), ...steps.slice(0, first)];
      const key = rotated.join(' → ');
      if (cycles.has(key)) continue;
      const witnesses = rotated.map((folder, index) => {
        const next = rotated[(index + 1) % rotated.length]!;
        return `    ${describeImport(edges.get(folder)!.get(next)!)}`;
      });
      cycles.set(key, [`${key} → ${rotated[0]!}:`, ...witnesses].join('\n'));
    }
  }
  return [...cycles.values()];
}

describe('the layers of src/', () => {
  const imports = projectImports();

  it('reads the imports of every module', () => {
    // A walk or a parser that found nothing would pass every check below.
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.filter((found) => folderOf(found.file) !== folderOf(found.target)).length).toBeGreaterThan(50);
  });

  it('has no two top-level folders that import each other, directly or through others', () => {
    const cycles = folderCycles(imports);
    expect(cycles, `Folders of src/ that import each other:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('keeps the run-time layer to itself: src/runtime imports nothing outside src/runtime', () => {
    const outside = imports
      .filter((found) => folderOf(found.file) === 'runtime' && folderOf(found.target) !== 'runtime')
      .map(describeImport);
    expect(outside, `src/runtime imports outside itself:\n${outside.join('\n')}`).toEqual([]);
  });

  it('imports nothing outside src/ (scripts/ and test/ build on it)', () => {
    const outside = imports.filter((found) => folderOf(found.target) === undefined).map(describeImport);
    expect(outside, `src/ imports outside itself:\n${outside.join('\n')}`).toEqual([]);
  });
});

/** Packages a module loads when it runs: every import but `import type` and type positions. */
function packagesLoaded(fileName: string, text: string): { name: string; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; line: number }[] = [];
  const add = (node: ts.Expression | undefined): void => {
    if (!node || !ts.isStringLiteralLike(node) || /^(?:\.|node:)/.test(node.text)) return;
    const [first = '', second = ''] = node.text.split('/');
    const name = first.startsWith('@') ? `${first}/${second}` : first;
    found.push({ name, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) add(node.moduleSpecifier);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly) add(node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the packages src/ loads', () => {
  it('are dependencies, not devDependencies: the command runs where the package is installed', () => {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const missing: string[] = [];
    let counted = 0;
    // src/bench measures this repository's build (npm run bench) and is never run from an installed copy.
    const files = readdirSync(srcRoot, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.[cm]?[jt]s$/.test(file) && !file.startsWith('bench'),
    );
    for (const file of files) {
      for (const { name, line } of packagesLoaded(file, readFileSync(path.join(srcRoot, file), 'utf8'))) {
        counted += 1;
        if (!(name in manifest.dependencies)) missing.push(`src/${file}:${line} loads ${name}`);
      }
    }
    expect(counted).toBeGreaterThan(50);
    expect(missing, `Packages loaded at run time that are not dependencies:\n${missing.join('\n')}`).toEqual([]);
  });

  it('counts value imports, not type-only ones', () => {
    const text = [
      "import a from 'alpha';",
      "import type { B } from 'beta';",
      "import { type C } from '@scope/gamma/deep';",
      "export * from 'delta';",
      "export type { E } from 'epsilon';",
      "const f = await import('zeta');",
      "import g from './local.ts';",
      "import h from 'node:path';",
    ].join('\n');
    expect(packagesLoaded('module.ts', text).map((found) => found.name)).toEqual([
      'alpha',
      '@scope/gamma',
      'delta',
      'zeta',
    ]);
  });
});

describe('reading imports', () => {
  it('counts every form of import, and no other string', () => {
    const text = [
      "import a from './a.ts';",
      "import type { B } from './b.ts';",
      "import './c.ts';",
      "export { d } from './d.ts';",
      "export * from './e.ts';",
      "export type * as f from './f.ts';",
      "const g = await import('./g.ts');",
      "type H = import('./h.ts').H;",
      "const i = require('./i.cjs');",
      "import j = require('./j.cjs');",
      "const url = new URL('./worker.ts', import.meta.url);",
      "const text = './not-an-import.ts';",
    ].join('\n');
    expect(importSpecifiers('module.ts', text)).toEqual([
      { specifier: './a.ts', line: 1 },
      { specifier: './b.ts', line: 2 },
      { specifier: './c.ts', line: 3 },
      { specifier: './d.ts', line: 4 },
      { specifier: './e.ts', line: 5 },
      { specifier: './f.ts', line: 6 },
      { specifier: './g.ts', line: 7 },
      { specifier: './h.ts', line: 8 },
      { specifier: './i.cjs', line: 9 },
      { specifier: './j.cjs', line: 10 },
    ]);
  });
});

describe('finding folders that import each other', () => {
  const found = (file: string, target: string, line = 1): Import => ({ file, line, target });

  it('finds none in a graph that points one way', () => {
    expect(
      folderCycles([
        found('src/build/a.ts', 'src/pipeline/b.ts'),
        found('src/pipeline/b.ts', 'src/content/c.ts'),
        found('src/build/a.ts', 'src/content/c.ts'),
        found('src/content/c.ts', 'src/content/d.ts'),
      ]),
    ).toEqual([]);
  });

  it('names each cycle once, with the import behind every step, direct or through other folders', () => {
    expect(
      folderCycles([
        found('src/content/c.ts', 'src/build/a.ts', 7),
        found('src/build/a.ts', 'src/content/c.ts', 3),
        found('src/pipeline/p.ts', 'src/translation/t.ts', 4),
        found('src/translation/t.ts', 'src/site/s.ts', 5),
        found('src/site/s.ts', 'src/pipeline/p.ts', 6),
      ]),
    ).toEqual([
      [
        'build → content → build:',
        '    src/build/a.ts:3 → src/content/c.ts',
        '    src/content/c.ts:7 → src/build/a.ts',
      ].join('\n'),
      [
        'pipeline → translation → site → pipeline:',
        '    src/pipeline/p.ts:4 → src/translation/t.ts',
        '    src/translation/t.ts:5 → src/site/s.ts',
        '    src/site/s.ts:6 → src/pipeline/p.ts',
      ].join('\n'),
    ]);
  });
});
