import { amountExtractor } from './extractors/amount-extractor.js';
import { createDescriptionExtractor } from './extractors/description-extractor.js';
import { createGazetteerExtractor } from './extractors/gazetteer-extractor.js';
import { nameExtractor } from './extractors/name-extractor.js';
import { timeExtractor } from './extractors/time-extractor.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer/gazetteer.js';
import { createCoreferenceRefiner } from './refiners/coreference-refiner.js';
import { createMetonymRefiner } from './refiners/metonym-refiner.js';
import { overlapRefiner, sortRefiner } from './refiners/overlap-refiner.js';
import { ownerRefiner } from './refiners/owner-refiner.js';
import { pronounRefiner } from './refiners/pronoun-refiner.js';
import type { Extractor, Refiner } from './types.js';

/** The mention layer as data: extractors run independently, then refiners fold over their output in order. */
export interface Pipeline {
  readonly extractors: readonly Extractor[];
  readonly refiners: readonly Refiner[];
}

export function createMentionPipeline(gazetteer: Gazetteer = defaultGazetteer()): Pipeline {
  return {
    extractors: [
      createGazetteerExtractor(gazetteer),
      createDescriptionExtractor(gazetteer),
      nameExtractor,
      timeExtractor,
      amountExtractor,
    ],
    refiners: [
      sortRefiner,
      // Before overlap: a capital standing for its state is then a listed name like any other.
      createMetonymRefiner(gazetteer),
      // Name guesses give way to listed names and descriptions; nested repeats of one entity go.
      overlapRefiner,
      // Before references: "Israel's Defence Ministry" is its own body, and "the ministry" resolves to it.
      ownerRefiner,
      // After overlap: descriptions resolve to antecedents that survived it.
      createCoreferenceRefiner(gazetteer),
      // Last of the references: pronouns resolve only to named or described entities, never to each other.
      pronounRefiner,
      sortRefiner,
    ],
  };
}
