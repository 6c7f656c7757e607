import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';

const WebSocketServer = WebSocket.Server;

/**
 * Slack's Socket Mode end on 127.0.0.1: the bot connects (after `apps.connections.open` on the fake Web
 * API returned this URL), gets `hello`, and receives envelopes that it must acknowledge by envelope id.
 */
export class FakeSocketMode {
  private server: WebSocket.Server | undefined;
  private socket: WebSocket | undefined;
  private readonly acks = new Map<string, (message: Record<string, unknown>) => void>();
  url = '';

  async start(): Promise<void> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.server!.once('listening', () => resolve()));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    this.server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as Record<string, unknown>;
        const envelopeId = message.envelope_id;
        if (typeof envelopeId === 'string') this.acks.get(envelopeId)?.(message);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }));
    });
  }

  /** Sends an envelope and resolves with the bot's acknowledgement. */
  send(type: string, payload: unknown, envelopeId: string): Promise<Record<string, unknown>> {
    if (!this.socket) throw new Error('the bot is not connected');
    const acked = new Promise<Record<string, unknown>>((resolve) => this.acks.set(envelopeId, resolve));
    this.socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
      }),
    );
    return acked;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
