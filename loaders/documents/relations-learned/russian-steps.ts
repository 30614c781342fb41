import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact } from "../types.js";
import { withoutCoHoldersRu } from "./co-holders-ru.js";
import { withOwnTonnagesRu } from "./element-figures-ru.js";
import { withFirmNationalityRu } from "./firm-nationality-ru.js";
import { withGenitiveOwnersRu } from "./genitive-owners-ru.js";
import { withoutMisreadingsRu } from "./misreadings-ru.js";
import { withPlannedOutputRu } from "./plans-ru.js";
import { withReserveFiguresRu } from "./reserve-figures-ru.js";
import { withReservesBesidesRu } from "./reserves-besides-ru.js";

/**
 * What a Russian sentence's readings go through after the model and the rules: readings the grammar rules out
 * and fellow holders dropped first, then each element's own tonnage, then the statements the Russian steps read
 * on their own (reserve figures, an element held besides those listed, planned output at a site, owners named in the genitive, a firm's country in an
 * apposition), which add a reading only where none of the same pair is there.
 */
export function russianReadings(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  const kept = withOwnTonnagesRu(frame, withoutCoHoldersRu(frame, withoutMisreadingsRu(frame, facts)));
  return withFirmNationalityRu(frame, withGenitiveOwnersRu(frame, withPlannedOutputRu(frame, withReservesBesidesRu(frame, withReserveFiguresRu(frame, kept)))));
}
