// Where the job queue lives: a redis:// (or rediss:// for TLS) URL, read into
// the connection options BullMQ and ioredis take, and a first reachability
// check so that a wrong address is one clear message instead of endless retries.
import type { RedisOptions } from 'bullmq';
import { type RedisOptions as ClientOptions, Redis } from 'ioredis';

export interface QueueTarget {
  connection: RedisOptions;
  /** The URL without its password, for messages. */
  label: string;
}

/** redis://[[user]:password@]host[:port][/db] and rediss:// (TLS). */
export function parseQueueUrl(url: string): QueueTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--queue expects a URL like redis://HOST:PORT, not "${url}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(`--queue expects a redis:// or rediss:// URL, not "${url}"`);
  if (!parsed.hostname) throw new Error(`--queue URL "${url}" names no host`);
  const port = parsed.port ? Number(parsed.port) : 6379;
  const dbPath = parsed.pathname.replace(/^\//, '');
  if (dbPath && !/^\d+$/.test(dbPath)) throw new Error(`--queue URL "${url}": the path must be a database number`);
  const connection: RedisOptions = {
    // IPv6 literals come bracketed in URLs; the socket wants them bare.
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    db: dbPath ? Number(dbPath) : 0,
    // BullMQ's blocking connections need commands to wait through a reconnect.
    maxRetriesPerRequest: null,
  };
  if (parsed.username) connection.username = decodeURIComponent(parsed.username);
  if (parsed.password) connection.password = decodeURIComponent(parsed.password);
  if (parsed.protocol === 'rediss:') connection.tls = {};
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  return { connection, label: shown.toString().replace(/\/$/, '') };
}

/** Resolves once Redis answers a PING; rejects with a readable reason otherwise. */
export async function checkReachable(target: QueueTarget, timeoutMs = 5000): Promise<void> {
  const client = new Redis({
    ...(target.connection as ClientOptions),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The socket's error (ECONNREFUSED...) says more than the "Connection is closed" connect() rejects with.
  let cause: Error | null = null;
  client.on('error', (e: Error) => {
    cause ??= e;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    throw new Error(`cannot reach Redis at ${target.label}: ${(cause ?? (e as Error)).message}`);
  } finally {
    client.disconnect();
  }
}
