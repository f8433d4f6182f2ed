/**
 * Structured JSON logs, one object per line. Request logs carry the request id so one request's lines can be found
 * across many app servers.
 * @module
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * @example
 * createLogger('info').info('listening', { port: 3000 });
 * // {"time":"…","level":"info","msg":"listening","port":3000}
 */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const at = (lvl: Exclude<LogLevel, 'silent'>) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (rank[lvl] < rank[level]) return;
    const head = { time: new Date().toISOString(), level: lvl, msg };
    // Fields follow the head, but can never overwrite it (a field called "level" must not turn an error into info).
    write(`${JSON.stringify(Object.assign({ ...head }, fields, head))}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
