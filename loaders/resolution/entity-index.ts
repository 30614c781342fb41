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
  // One id, or the ids sharing the key: a Set per key held about 0.1 KB each for a million entities.
  private readonly byIdentifier = new Map<string, Ids>();
  private readonly byName = new Map<string, Ids>();

  static from(entities: Iterable<IndexedEntity>): EntityIndex {
    const index = new EntityIndex();
    for (const entity of entities) index.add(entity);
    return index;
  }

  /**
   * Forgets every entity. A load calls it once every file is resolved: dropping its own reference was not enough,
   * since an async function's suspended frame still held the index (a million actors and assets, ~0.4 GB of live
   * heap through the COPYs and the derived builds, seen in a heap snapshot at the derived builds' start).
   */
  clear(): void {
    this.entities.clear();
    this.byIdentifier.clear();
    this.byName.clear();
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

  /**
   * `nameKeys`, when given, are nameKeys(entity) as resolve was handed them: normalising names was the larger part
   * of resolution, and each was done twice. Used only for an entity not indexed before (else its names merge).
   */
  add(entity: IndexedEntity, nameKeys?: readonly string[]): void {
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
    for (const key of !existing && nameKeys ? nameKeys : this.nameKeys(merged)) addTo(this.byName, key, entity.id);
  }

  /** The normalised keys of a record's name and aliases, empty ones left out. */
  nameKeys(record: Pick<IndexedEntity, "name" | "aliases">): string[] {
    return [record.name, ...record.aliases].map(normaliseName).filter((key) => key.length > 0);
  }

  resolve(record: Omit<IndexedEntity, "id">, nameKeys = this.nameKeys(record)): Resolution {
    const identifiers = record.identifiers.map(normaliseIdentifierString);
    const byIdentifier = this.sameKind(record, identifiers.flatMap((i) => idsOf(this.byIdentifier, i)));
    if (byIdentifier.length === 1 && byIdentifier[0]) return { outcome: "match", id: byIdentifier[0], by: "identifier" };
    if (byIdentifier.length > 1) return { outcome: "ambiguous", candidates: byIdentifier, by: "identifier" };

    const byName = this.sameKind(record, nameKeys.flatMap((key) => idsOf(this.byName, key))).filter(
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

type Ids = string | string[];

function addTo(map: Map<string, Ids>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === "string") {
    if (ids !== id) map.set(key, [ids, id]);
  } else if (!ids.includes(id)) ids.push(id);
}

function idsOf(map: ReadonlyMap<string, Ids>, key: string): readonly string[] {
  const ids = map.get(key);
  return ids === undefined ? [] : typeof ids === "string" ? [ids] : ids;
}
