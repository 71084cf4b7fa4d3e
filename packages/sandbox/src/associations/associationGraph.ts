/** Both directions of every association, indexed by the record they start from. */
export class AssociationGraph {
  private readonly edges = new Map<string, Map<string, Map<string, Set<number>>>>();

  add(fromType: string, fromId: string, toType: string, toId: string, typeId: number): void {
    const byType = this.getOrCreate(fromType, fromId, toType);
    const types = byType.get(toId) ?? new Set<number>();
    types.add(typeId);
    byType.set(toId, types);
  }

  remove(fromType: string, fromId: string, toType: string, toId: string): void {
    this.edges.get(key(fromType, fromId))?.get(toType)?.delete(toId);
  }

  /** Associated ids of one type, in insertion order, with their type ids. */
  list(fromType: string, fromId: string, toType: string): [string, number[]][] {
    const byType = this.edges.get(key(fromType, fromId))?.get(toType);
    if (!byType) return [];
    return [...byType.entries()].map(([id, types]) => [id, [...types]]);
  }

  has(fromType: string, fromId: string, toType: string, toId: string): boolean {
    return this.edges.get(key(fromType, fromId))?.get(toType)?.has(toId) ?? false;
  }

  /** Every edge once per direction, for persistence. */
  *all(): Generator<[string, string, string, string, number[]]> {
    for (const [from, byType] of this.edges) {
      const [fromType = '', fromId = ''] = from.split('/');
      for (const [toType, byId] of byType) {
        for (const [toId, types] of byId) yield [fromType, fromId, toType, toId, [...types]];
      }
    }
  }

  private getOrCreate(fromType: string, fromId: string, toType: string): Map<string, Set<number>> {
    const from = key(fromType, fromId);
    const byType = this.edges.get(from) ?? new Map<string, Map<string, Set<number>>>();
    this.edges.set(from, byType);
    const byId = byType.get(toType) ?? new Map<string, Set<number>>();
    byType.set(toType, byId);
    return byId;
  }
}

const key = (type: string, id: string) => `${type}/${id}`;
