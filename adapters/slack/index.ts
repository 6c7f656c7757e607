/** The Slack adapter: the only place @slack/bolt appears. */
export { classifySlackError, createSlackDelivery } from './delivery.js';
export { createSlackMount, mountSlack, SLACK_EVENTS_PATH, type SlackMountOptions } from './mount.js';
export { isSlackReference, parseSlackReference, slackConversationReference } from './reference.js';
