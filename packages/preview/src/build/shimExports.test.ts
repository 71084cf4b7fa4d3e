import path from 'node:path';

const shimDir = path.join(__dirname, '../browser/shim');

/** Loads a module for its export names only (the shim is browser code outside this tsconfig). */
const exportNames = (id: string): string[] => Object.keys(jest.requireActual<object>(id)).sort();

describe('the preview stand-in for @hubspot/ui-extensions', () => {
  it.each([
    ['@hubspot/ui-extensions', 'index.ts'],
    ['@hubspot/ui-extensions/crm', 'crm.tsx'],
    ['@hubspot/ui-extensions/pages', 'pages.tsx'],
    ['@hubspot/ui-extensions/pages/home', 'pages.tsx'],
  ])('%s: every runtime export has a stand-in, drawn or a visible placeholder', (real, shim) => {
    const provided = exportNames(path.join(shimDir, shim));
    expect(exportNames(real).length).toBeGreaterThan(0);
    expect(exportNames(real).filter((name) => !provided.includes(name))).toEqual([]);
  });
});
