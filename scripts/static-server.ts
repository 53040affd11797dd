import { spawn, type ChildProcess } from 'node:child_process';

/** Starts scripts/serve-static.mjs on a folder and resolves once it answers, within five seconds. */
export async function startStaticServer(folder: string, host: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', folder, host, String(port)], {
    stdio: 'ignore',
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
