/**
 * The guide page's component map, the names the content check accepts and the elements MDX's optimiser leaves alone
 * must be the same list: a component missing from the optimiser's list would be skipped without a word.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { guideElementNames } from '../../src/schemas/guide-components.ts';

/** The node of `source` for which `match` holds first, in document order. */
function find<T extends ts.Node>(file: string, match: (n: ts.Node) => n is T): T {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let found: T | undefined;
  const visit = (n: ts.Node): void => {
    if (!found && match(n)) found = n;
    else if (!found) ts.forEachChild(n, visit);
  };
  visit(source);
  if (!found) throw new Error(`nothing matched in ${file}`);
  return found;
}

describe('the guide component map', () => {
  it('has exactly the names the content check and MDX’s optimiser use', () => {
    const map = find(
      'src/components/guide/index.ts',
      (n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && n.name.getText() === 'guideComponents',
    );
    let literal = map.initializer;
    while (literal && ts.isSatisfiesExpression(literal)) literal = literal.expression;
    if (!literal || !ts.isObjectLiteralExpression(literal)) throw new Error('guideComponents is not an object literal');
    const keys = literal.properties.map((p) => p.name?.getText() ?? '');
    expect(keys.toSorted()).toEqual([...guideElementNames].toSorted());
  });
  it('is what astro.config.mjs tells MDX to leave alone', () => {
    const option = find(
      'astro.config.mjs',
      (n): n is ts.PropertyAssignment => ts.isPropertyAssignment(n) && n.name.getText() === 'ignoreElementNames',
    );
    expect(option.initializer.getText()).toBe('[...guideElementNames]');
  });
});
