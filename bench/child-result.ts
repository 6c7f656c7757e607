import { spawn } from 'node:child_process';

/**
 * Runs a bench child (`node ARGS…`) and reads the one line it prints as `RESULT {json}`: measuring in a
 * fresh process keeps one engine's heap and warm caches out of another's figures.
 */
export function childResult<T>(args: string[], label: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`${label} child failed (exit ${code})`));
      else resolve(JSON.parse(line.slice(7)) as T);
    });
  });
}
