import fc from 'fast-check';
import { wildcardMatch } from './wildcardMatch';

/** Reference glob matcher by dynamic programming (quadratic, obviously right). */
function reference(text: string, pattern: string): boolean {
  let row = Array.from({ length: text.length + 1 }, (_, i) => i === 0);
  for (const char of pattern) {
    const next = Array.from({ length: text.length + 1 }, () => false);
    for (let i = 0; i <= text.length; i += 1) {
      if (char === '*') next[i] = (row[i] ?? false) || (i > 0 && (next[i - 1] ?? false));
      else next[i] = i > 0 && (row[i - 1] ?? false) && text[i - 1] === char;
    }
    row = next;
  }
  return row[text.length] ?? false;
}

describe('wildcardMatch', () => {
  it.each([
    ['kivela', 'kiv*', true],
    ['kivela', '*ela', true],
    ['kivela', 'k*v*a', true],
    ['kivela', 'k*x*a', false],
    ['ab', 'ab*b', false],
    ['kivela', 'kivela', true],
  ])('%s against %s is %s', (text, pattern, expected) => {
    expect(wildcardMatch(text, pattern)).toBe(expected);
  });

  it('agrees with a reference matcher on small alphabets', () => {
    const word = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 12 });
    fc.assert(
      fc.property(word(['a', 'b']), word(['a', 'b', '*']), (text, pattern) => {
        expect(wildcardMatch(text.join(''), pattern.join(''))).toBe(
          reference(text.join(''), pattern.join('')),
        );
      }),
    );
  });
});
