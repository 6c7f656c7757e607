import type { FocusArea, MembershipKind, ReferralStatus } from '../registry/model.js';

/**
 * The words people type for the registers' values, in Swedish and English. Matching is case- and
 * accent-insensitive (see `wordKey`).
 */

export function wordKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function lookup<T extends string>(table: Record<string, T>, value: string): T | null {
  return table[wordKey(value)] ?? null;
}

const AREAS: Record<string, FocusArea> = {
  positionering: 'positionering',
  positioning: 'positionering',
  verksamhetsutveckling: 'verksamhetsutveckling',
  development: 'verksamhetsutveckling',
  'business development': 'verksamhetsutveckling',
  bevakning: 'bevakning',
  'bevakning och paverkan': 'bevakning',
  paverkan: 'bevakning',
  monitoring: 'bevakning',
  'monitoring and influence': 'bevakning',
};

const KINDS: Record<string, MembershipKind> = {
  network: 'network',
  natverk: 'network',
  organisation: 'organisation',
  organization: 'organisation',
  project: 'project',
  projekt: 'project',
};

export type ReferralListFilter = 'open' | 'overdue' | 'answered' | 'all';

const LIST_FILTERS: Record<string, ReferralListFilter> = {
  open: 'open',
  oppna: 'open',
  oppen: 'open',
  overdue: 'overdue',
  forsenade: 'overdue',
  forsenad: 'overdue',
  answered: 'answered',
  besvarade: 'answered',
  besvarad: 'answered',
  all: 'all',
  alla: 'all',
};

const ON_OFF: Record<string, boolean> = {
  on: true,
  pa: true,
  ja: true,
  yes: true,
  off: false,
  av: false,
  nej: false,
  no: false,
};

export const parseArea = (value: string) => lookup(AREAS, value);
export const parseKind = (value: string) => lookup(KINDS, value);
export const parseListFilter = (value: string) => lookup(LIST_FILTERS, value);
export const parseOnOff = (value: string): boolean | null => ON_OFF[wordKey(value)] ?? null;

export const AREA_WORDS =
  'positionering, verksamhetsutveckling, bevakning (positioning, development, monitoring)';
export const KIND_WORDS = 'network/nätverk, organisation, project/projekt';

export const STATUS_LABELS: Record<ReferralStatus, { sv: string; en: string }> = {
  open: { sv: 'öppen', en: 'open' },
  answered: { sv: 'besvarad', en: 'answered' },
  withdrawn: { sv: 'återkallad', en: 'withdrawn' },
};

export const AREA_LABELS: Record<FocusArea, { sv: string; en: string }> = {
  positionering: { sv: 'positionering', en: 'positioning' },
  verksamhetsutveckling: { sv: 'verksamhetsutveckling', en: 'business development' },
  bevakning: { sv: 'bevakning och påverkan', en: 'monitoring and influence' },
};

export const KIND_LABELS: Record<MembershipKind, { sv: string; en: string }> = {
  network: { sv: 'nätverk', en: 'network' },
  organisation: { sv: 'organisation', en: 'organisation' },
  project: { sv: 'projekt', en: 'project' },
};
