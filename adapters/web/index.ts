export { CONTENT_SECURITY_POLICY, createWebMount, mountWeb, type WebOptions } from './mount.js';
export type { MembershipRow, ReferralRow, ReferralState, RegisterReader } from './registers.js';
export { DUE_SOON_DAYS, storeRegisters } from './store-registers.js';
