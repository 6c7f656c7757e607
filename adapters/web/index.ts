export { CONTENT_SECURITY_POLICY, createWebMount, mountWeb, type WebOptions } from './mount.js';
export type { MembershipRow, ReferralRow, ReferralState, RegisterReader } from './registers.js';
