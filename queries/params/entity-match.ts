export { normaliseName, labelsOf } from "../../graph/index.js";

export interface EntityCandidate {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface EntityMatch extends EntityCandidate {
  /** The name or alias that matched. */
  matched: string;
  score: number;
}
