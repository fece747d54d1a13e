// Bundles each test/*.test.ts with the pure modules it tests into out/test/ and runs them
// with Node's built-in test runner. The tests import nothing from `vscode`: building fails if
// one does, since it is not installed.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const tests = readdirSync('test').filter((f) => f.endsWith('.test.ts'));
rmSync('out/test', { recursive: true, force: true });
await esbuild.build({
    entryPoints: tests.map((f) => `test/${f}`),
    bundle: true,
    outdir: 'out/test',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
});
const files = tests.map((f) => `out/test/${f.replace(/\.ts$/, '.js')}`);
const run = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
