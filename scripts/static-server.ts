import { spawn, type ChildProcess } from 'node:child_process';

/** The test switches of scripts/serve-static.mjs, named as in its environment; see its header. */
export interface ServerSwitches {
  SERVE_HEAD_DIR?: string;
  SERVE_HEAD_ALWAYS?: string;
  SERVE_DELAY?: string;
}

/** Starts scripts/serve-static.mjs on a folder and resolves once it answers, within five seconds. */
export async function startStaticServer(
  folder: string,
  host: string,
  port: number,
  switches: ServerSwitches = {},
): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', folder, host, String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ...switches },
  });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://${host}:${port}/`);
      return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`The static server on ${host}:${port} did not start`);
}
