import { spawn, type ChildProcess } from 'node:child_process';

/** The test switches of scripts/serve-static.mjs, named as in its environment; see its header. */
export interface ServerSwitches {
  SERVE_HEAD_DIR?: string;
  SERVE_HEAD_ALWAYS?: string;
  SERVE_DELAY?: string;
}

export interface ServerOptions {
  /** A path such as /tools/wizard/ where the folder is served as well, as docs sites host the app. */
  subPath?: string;
  switches?: ServerSwitches;
}

/**
 * Starts scripts/serve-static.mjs on a folder and resolves once it listens, within five seconds. It fails
 * when the port is taken: another server answering there would be tested in its place.
 */
export function startStaticServer(
  folder: string,
  host: string,
  port: number,
  { subPath = '', switches = {} }: ServerOptions = {},
): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', folder, host, String(port), subPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...switches },
  });
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      server.kill();
      reject(new Error(`The static server on ${host}:${port} did not start: ${reason}`));
    };
    const timer = setTimeout(() => fail('no answer within 5 s'), 5000);
    server.stdout.once('data', () => {
      clearTimeout(timer);
      resolve(server);
    });
    server.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      fail(/^\w*Error\b.*$/m.exec(text)?.[0] ?? text.trim());
    });
    server.once('exit', (code) => fail(`it exited with code ${code}`));
  });
}
