import type { ChildProcess } from 'node:child_process';

export interface LaunchOptions {
  /** Data dir of the app (its embedded PostgreSQL lives under it); a fresh temporary one if absent. */
  dataDir?: string;
  port?: number;
  /** `serve --demo` unless false. */
  demo?: boolean;
  /** Extra environment over the defaults (LOG_LEVEL=warn, no DATABASE_URL, no SMTP_URL). */
  env?: Record<string, string>;
  /**
   * 'built': dist/ (fails if missing); 'sources': src/ through tsx; 'auto' (default): dist/ when
   * it is there, else the sources.
   */
  from?: 'built' | 'sources' | 'auto';
  timeoutMs?: number;
  /** How often /api/health is asked during start (ms, default 50). */
  pollMs?: number;
  /** Options for node itself, e.g. --inspect. */
  nodeArgs?: string[];
}

export interface LaunchedApp {
  url: string;
  port: number;
  dataDir: string;
  /** The app's own process (not a wrapper): signals reach the app. */
  child: ChildProcess;
  /** Spawn to first 200 on /api/health. */
  startupMs: number;
  output(): string;
  /** SIGTERM and wait: the app stops its embedded database. */
  stop(): Promise<void>;
  /** SIGKILL: the app dies at once and leaves its database running. */
  kill(): Promise<void>;
  /** stop(), then remove the data dir if the launcher made it. */
  close(): Promise<void>;
}

export const repoRoot: string;
export function freePort(): Promise<number>;
export function launchApp(options?: LaunchOptions): Promise<LaunchedApp>;
export function cleanDataDir(dataDir: string): Promise<void>;
export function embeddedServerOf(
  dataDir: string,
): Promise<{ pid: number; port: number; user: string; password: string; url: string }>;
export function restartEmbeddedServer(dataDir: string, port: number): Promise<void>;
