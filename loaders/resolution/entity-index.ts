import { normaliseIdentifierString, schemeOf } from "./normalise-identifier.js";
import { normaliseName } from "./normalise-name.js";

export interface IndexedEntity {
  id: string;
  kind: string;
  name: string;
  aliases: readonly string[];
  identifiers: readonly string[];
  /** Actor type; a person never resolves to a company of the same name. */
  type?: string;
}

export type Resolution =
  | { outcome: "match"; id: string; by: "identifier" | "name" }
  | { outcome: "ambiguous"; candidates: string[]; by: "identifier" | "name" }
  | { outcome: "none" };

/**
 * Finds the node a record from another source stands for: by registry identifier first, then by
 * normalised name or alias. More than one candidate is reported as ambiguous and never merged.
 */
export class EntityIndex {
  private readonly entities = new Map<string, IndexedEntity>();
  private readonly byIdentifier = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Set<string>>();

  static from(entities: Iterable<IndexedEntity>): EntityIndex {
    const index = new EntityIndex();
    for (const entity of entities) index.add(entity);
    return index;
  }

  has(id: string): boolean {
    return this.entities.has(id);
  }

  get(id: string): IndexedEntity | undefined {
    return this.entities.get(id);
  }

  get size(): number {
    return this.entities.size;
  }

  add(entity: IndexedEntity): void {
    const existing = this.entities.get(entity.id);
    const merged: IndexedEntity = existing
      ? {
          ...existing,
          aliases: [...new Set([...existing.aliases, entity.name, ...entity.aliases])],
          identifiers: [...new Set([...existing.identifiers, ...entity.identifiers.map(normaliseIdentifierString)])],
          type: existing.type ?? entity.type,
        }
      : { ...entity, identifiers: entity.identifiers.map(normaliseIdentifierString) };
    this.entities.set(entity.id, merged);
    for (const identifier of merged.identifiers) addTo(this.byIdentifier, identifier, entity.id);
    for (const name of [merged.name, ...merged.aliases]) {
      const key = normaliseName(name);
      if (key) addTo(this.byName, key, entity.id);
    }
  }

  resolve(record: Omit<IndexedEntity, "id">): Resolution {
    const identifiers = record.identifiers.map(normaliseIdentifierString);
    const byIdentifier = this.sameKind(record, identifiers.flatMap((i) => [...(this.byIdentifier.get(i) ?? [])]));
    if (byIdentifier.length === 1 && byIdentifier[0]) return { outcome: "match", id: byIdentifier[0], by: "identifier" };
    if (byIdentifier.length > 1) return { outcome: "ambiguous", candidates: byIdentifier, by: "identifier" };

    const keys = [record.name, ...record.aliases].map(normaliseName).filter((key) => key.length > 0);
    const byName = this.sameKind(record, keys.flatMap((key) => [...(this.byName.get(key) ?? [])])).filter(
      (id) => !this.identifiersConflict(identifiers, this.entities.get(id)?.identifiers ?? []),
    );
    if (byName.length === 1 && byName[0]) return { outcome: "match", id: byName[0], by: "name" };
    if (byName.length > 1) return { outcome: "ambiguous", candidates: byName, by: "name" };
    return { outcome: "none" };
  }

  private sameKind(record: Omit<IndexedEntity, "id">, ids: string[]): string[] {
    return [...new Set(ids)].filter((id) => {
      const entity = this.entities.get(id);
      if (!entity || entity.kind !== record.kind) return false;
      const isPerson = (type: string | undefined) => type === "person";
      return record.type === undefined || entity.type === undefined || isPerson(record.type) === isPerson(entity.type);
    });
  }

  /** Two records with different numbers in the same registry are different entities, whatever their names. */
  private identifiersConflict(a: readonly string[], b: readonly string[]): boolean {
    return a.some((x) => b.some((y) => schemeOf(x) === schemeOf(y) && x !== y));
  }
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}
