import { readFileSync } from 'node:fs';
import type { Modality } from '../extract/claims/claim.js';
import {
  type CredibilityRating,
  RELIABILITY_GRADES,
  type ReliabilityGrade,
  type ReviewStatus,
} from './model.js';

/** Outlet name (any case) → Admiralty reliability grade, with a default for the unlisted. */
export interface OutletGrades {
  readonly default: ReliabilityGrade;
  readonly grades: ReadonlyMap<string, ReliabilityGrade>;
}

const DEFAULT_GRADES_FILE = new URL('../../data/outlet-grades.json', import.meta.url);

export function loadOutletGrades(file: URL | string = DEFAULT_GRADES_FILE): OutletGrades {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { default: string; grades: Record<string, string> };
  const grade = (value: string, where: string): ReliabilityGrade => {
    if (!(RELIABILITY_GRADES as readonly string[]).includes(value))
      throw new Error(`${String(file)}: ${where}: "${value}" is not a grade A–F`);
    return value as ReliabilityGrade;
  };
  return {
    default: grade(raw.default, 'default'),
    grades: new Map(Object.entries(raw.grades).map(([name, g]) => [name.toLowerCase(), grade(g, name)])),
  };
}

export function withGrade(grades: OutletGrades, outlet: string, grade: ReliabilityGrade): OutletGrades {
  return { default: grades.default, grades: new Map([...grades.grades, [outlet.toLowerCase(), grade]]) };
}

export function gradeOf(grades: OutletGrades, outlet: string | null): ReliabilityGrade {
  return (outlet && grades.grades.get(outlet.toLowerCase())) || grades.default;
}

/**
 * Modalities from the firmest to the weakest statement that the event happened: confirmed by those who
 * would know, asserted by the outlet, reported from a source, alleged, only intended, only conditional,
 * denied.
 */
export const MODALITY_STRENGTH: readonly Modality[] = [
  'confirmed',
  'asserted',
  'reported',
  'alleged',
  'intended',
  'conditional',
  'denied',
];

export function strengthOf(modality: Modality): number {
  return MODALITY_STRENGTH.length - MODALITY_STRENGTH.indexOf(modality);
}

const STATED: ReadonlySet<Modality> = new Set(['confirmed', 'asserted', 'reported', 'alleged']);

/** One source denies what another states: both are on record for the same event. */
export function isContradicted(modalities: readonly Modality[]): boolean {
  return modalities.includes('denied') && modalities.some((m) => STATED.has(m));
}

const MODALITY_BASE: Readonly<Record<Modality, number>> = {
  confirmed: 0.75,
  asserted: 0.6,
  reported: 0.55,
  alleged: 0.4,
  intended: 0.45,
  conditional: 0.35,
  denied: 0.15,
};

const GRADE_ADJUSTMENT: Readonly<Record<ReliabilityGrade, number>> = {
  A: 0.1,
  B: 0.05,
  C: 0,
  D: -0.05,
  E: -0.15,
  F: 0,
};

export interface CredibilityInput {
  readonly modalities: readonly Modality[];
  readonly independentSources: number;
  readonly grades: readonly ReliabilityGrade[];
  readonly review: ReviewStatus;
}

/**
 * Credibility of an assertion, documented in the README: a score in [0, 1] and the Admiralty information
 * rating (1 confirmed by other sources … 5 improbable; 6 cannot be judged).
 * score = base of the firmest modality + 0.1 per further independent source (at most +0.3)
 *       + the best outlet's grade adjustment (A +0.1, B +0.05, C/F 0, D −0.05, E −0.15) − 0.2 if contradicted;
 * an analyst's confirmation raises it to at least 0.95, a rejection sets 0.
 */
export function credibilityOf(input: CredibilityInput): {
  rating: CredibilityRating;
  score: number;
  why: string;
} {
  const { modalities, independentSources: n, review } = input;
  if (review === 'rejected') return { rating: 5, score: 0, why: 'rejected by an analyst' };
  if (modalities.length === 0) return { rating: 6, score: 0, why: 'no claim' };
  const firmest = [...modalities].sort((a, b) => strengthOf(b) - strengthOf(a))[0] as Modality;
  const contradicted = isContradicted(modalities);
  const best = [...input.grades].sort()[0] ?? 'F';
  const raw =
    MODALITY_BASE[firmest] +
    Math.min(0.3, 0.1 * Math.max(0, n - 1)) +
    GRADE_ADJUSTMENT[best] -
    (contradicted ? 0.2 : 0);
  let score = Math.round(Math.max(0, Math.min(1, raw)) * 100) / 100;
  const sources = `${n} independent source${n === 1 ? '' : 's'}`;
  if (review === 'confirmed' || review === 'corrected') {
    score = Math.max(score, 0.95);
    return { rating: 1, score, why: `${review} by an analyst; ${sources}` };
  }
  if (firmest === 'denied') return { rating: 5, score, why: `only denials; ${sources}` };
  if (contradicted) return { rating: 4, score, why: `contradicted: denied by one source; ${sources}` };
  if (!STATED.has(firmest) || firmest === 'alleged')
    return { rating: 4, score, why: `${firmest} only; ${sources}` };
  if (n >= 2 && firmest === 'confirmed') return { rating: 1, score, why: `confirmed; ${sources}` };
  if (n >= 2) return { rating: 2, score, why: `${firmest}; ${sources}, none contradicting` };
  return { rating: 3, score, why: `${firmest}; a single source` };
}
