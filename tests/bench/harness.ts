// The peer harnesses of ../shared/bench, copied to a temp dir and installed once (kept between
// runs while their lock file is unchanged), as their README asks.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/serverProcess.js';

/** The installed copy of `../shared/bench/<name>`: its directory. */
export function prepareHarness(name: 'relay-bench' | 'canvas-bench'): string {
  const source = path.resolve(REPO_ROOT, '../shared/bench', name);
  if (!existsSync(source)) throw new Error(`the peer harness is missing: ${source}`);
  const dir = path.join(tmpdir(), `cocreate-${name}`);
  const lock = (d: string) =>
    existsSync(path.join(d, 'package-lock.json')) ? readFileSync(path.join(d, 'package-lock.json'), 'utf8') : '';
  if (!existsSync(path.join(dir, 'node_modules')) || lock(dir) !== lock(source)) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(source, dir, { recursive: true, filter: (p) => !/[/\\](node_modules|dist|results)$/.test(p) });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}
