export { findReferrals, type ReferralMatch } from './lookup.js';
export { extractReferral, KNOWLEDGE_ACTOR, type SyncResult, syncReferralsFromDocuments } from './sync.js';
