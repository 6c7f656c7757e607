/** The Microsoft Teams adapter: the only place botbuilder appears. */
export { createTeamsDelivery } from './delivery.js';
export { mountTeams, TEAMS_ROUTE } from './mount.js';
export { decodeReference, encodeReference, ownsReference, referenceForTurn } from './reference.js';
