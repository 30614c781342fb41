export { argKindOf, PREDICATES, predicatesFitting, SIGNATURES, type ArgKind } from "./arg-kinds.js";
export { candidatePairs, type CandidatePair } from "./candidates.js";
export { combineFacts } from "./combine.js";
export { pairFeatures } from "./features.js";
export { RelationModel, type RelationModelParameters } from "./relation-model.js";
export { SentenceContext } from "./sentence-context.js";
export { DEFAULT_TRAINING, trainRelationModel, type TrainingExample, type TrainingOptions, type TrainingReport } from "./train.js";
export { fileFromModel, modelFromFile, shippedRelationModel, WEIGHTS_FILE, weightsFileSchema, type WeightsFile } from "./weights-file.js";
export { stemOf, wordsOf } from "./words.js";
