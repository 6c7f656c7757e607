import {
  createSlackDelivery,
  createSlackMount,
  mountSlack,
  type SlackMountOptions,
} from '../../adapters/slack/index.js';
import { createTeamsDelivery, mountTeams } from '../../adapters/teams/index.js';
import type { DeliveryFactory } from '../notify/platforms.js';
import type { Mount } from '../platform/adapter.js';

/**
 * The composition root's list of platforms: which adapters mount on the one server and which deliver
 * notifications. The core never imports the adapters; only start-up code reads this file.
 *
 * Slack comes first: its receiver reads the raw body for signature checks, so nothing may parse the body
 * before it.
 */
export const MOUNTS: Mount[] = createMounts();

/** The mounts; `onSlackApp` receives the Bolt app, e.g. to stop Socket Mode at shutdown. */
export function createMounts(hooks: { onSlackApp?: SlackMountOptions['onApp'] } = {}): Mount[] {
  return [hooks.onSlackApp ? createSlackMount({ onApp: hooks.onSlackApp }) : mountSlack, mountTeams];
}

export const DELIVERY_FACTORIES: DeliveryFactory[] = [
  { platform: 'slack', configured: (c) => Boolean(c.slack.botToken), create: createSlackDelivery },
  // Without an app id the Teams adapter runs in local mode (Emulator): proactive sends then go to the
  // stored serviceUrl without a token, which is what a local Bot Framework Emulator accepts.
  { platform: 'teams', configured: () => true, create: createTeamsDelivery },
];
