import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { messageActivity, startTeamsServer, TENANT, type TeamsServer } from './harness.js';

const APP_ID = '00000000-aaaa-bbbb-cccc-000000000001';
const connectorEnv = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
};

const servers: TeamsServer[] = [];
async function start(env: Record<string, string> = {}, host?: string) {
  const server = await startTeamsServer({ env, ...(host ? { host } : {}) });
  servers.push(server);
  return { server, inputs: server.calls };
}
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

describe('with an app id: the real Bot Connector authentication', () => {
  it('refuses a request without a token and one with a malformed token', async () => {
    const { server, inputs } = await start(connectorEnv);
    const activity = messageActivity(server.connector.serviceUrl, 'who is responsible for EU monitoring?');
    expect((await server.post(activity)).status).toBe(401);
    expect((await server.post(activity, { authorization: 'Bearer not.a.token' })).status).toBe(401);
    expect(inputs).toEqual([]);
    expect(server.connector.calls).toEqual([]);
  });
});

describe('local mode (no app id)', () => {
  it('refuses a proxied request, even from loopback', async () => {
    const { server, inputs } = await start();
    const activity = messageActivity(server.connector.serviceUrl, 'hej');
    const res = await server.post(activity, { 'x-forwarded-for': '203.0.113.7' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('only answers requests from this computer');
    expect(inputs).toEqual([]);
  });

  const address = nonLoopbackAddress();
  it.skipIf(!address)(
    'refuses a request from a non-loopback address, and lets the web token through',
    async () => {
      const { server, inputs } = await start({ UTBLICK_WEB_TOKEN: 'open-sesame-123' }, address);
      const activity = messageActivity(server.connector.serviceUrl, 'hej');
      expect((await server.post(activity)).status).toBe(403);
      expect(inputs).toEqual([]);
      const res = await server.post(activity, { authorization: 'Bearer open-sesame-123' });
      expect(res.status).toBe(200);
      expect(server.connector.sent).toHaveLength(1);
    },
  );
});

describe('allowed tenants', () => {
  it('refuses activities from other tenants and serves the allowed one', async () => {
    const { server, inputs } = await start({
      UTBLICK_ALLOWED_TENANTS: `${TENANT},99999999-0000-0000-0000-000000000000`,
    });
    const url = server.connector.serviceUrl;
    const stranger = messageActivity(url, 'hej', { tenant: '66666666-0000-0000-0000-000000000000' });
    expect((await server.post(stranger)).status).toBe(403);
    expect(inputs).toEqual([]);
    expect(server.connector.calls).toEqual([]);
    expect((await server.post(messageActivity(url, 'hej'))).status).toBe(200);
    expect(server.connector.sent).toHaveLength(1);
  });
});
