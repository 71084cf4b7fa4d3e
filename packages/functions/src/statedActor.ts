/** Who acted, as the caller says (client-supplied, so never recorded as fact): "a@b.c (stated by the card)" or ''. */
export function statedActor(
  actor: { userId?: string; email?: string } | undefined,
  source: 'card' | 'settings page',
): string {
  const email = actor?.email?.trim() ?? '';
  const name = email !== '' ? email : (actor?.userId?.trim() ?? '');
  return name === '' ? '' : `${name} (stated by the ${source})`;
}
