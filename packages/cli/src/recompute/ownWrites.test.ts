import { decodeOwnWrites, encodeOwnWrites, ownWritesMaxChars, stateDigest } from './ownWrites';

describe('own writes', () => {
  it('round-trip ids and digests, ids ascending as base-36 steps', () => {
    const digests = new Map([
      ['1000007', 'abcdef'],
      ['12', 'xyz123'],
      ['1000001', 'qqqqqq'],
    ]);
    const text = encodeOwnWrites(digests);
    expect(text).toBe('c:xyz123,lflh:qqqqqq,6:abcdef');
    expect(decodeOwnWrites(text)).toEqual(new Map([...digests].sort()));
  });

  it('keep nothing for ids that are not numbers or a text over the budget', () => {
    expect(encodeOwnWrites(new Map([['a1', 'x']]))).toBeUndefined();
    const many = new Map(
      Array.from({ length: ownWritesMaxChars / 4 }, (_, i) => [String(i * 1000), 'abcdef']),
    );
    expect(encodeOwnWrites(many)).toBeUndefined();
    expect(decodeOwnWrites(undefined).size).toBe(0);
  });

  it('digest only the named properties, empty values as absent', () => {
    const names = ['name', 'care_segment'];
    expect(stateDigest({ name: 'A', care_segment: '', other: 'x' }, names)).toBe(
      stateDigest({ name: 'A' }, names),
    );
    expect(stateDigest({ name: 'A' }, names)).not.toBe(stateDigest({ name: 'B' }, names));
  });
});
