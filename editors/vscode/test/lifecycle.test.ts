import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

import {
    exitReport,
    logLine,
    PUSH_DIAGNOSTICS_COLLECTION,
    SERVER_PULL_DIAGNOSTICS_IDENTIFIER,
} from '../src/lifecycle';

describe('the diagnostic collections', () => {
    it('names the push collection apart from the server’s pull-diagnostics identifier', () => {
        // VS Code warns "DiagnosticCollection with name 'attest' does already exist" when both
        // have one name.
        assert.notEqual(PUSH_DIAGNOSTICS_COLLECTION, SERVER_PULL_DIAGNOSTICS_IDENTIFIER);
    });

    it('knows the identifier the server really declares', (t) => {
        // out/test/ → the repository's src/lsp/capabilities.rs, when the extension is built
        // inside the Attest sources.
        const capabilities = path.resolve(__dirname, '../../../../src/lsp/capabilities.rs');
        if (!fs.existsSync(capabilities)) {
            t.skip(`${capabilities} not found`);
            return;
        }
        const source = fs.readFileSync(capabilities, 'utf8');
        const declared = [...source.matchAll(/identifier:\s*Some\("([^"]*)"/g)].map((m) => m[1]);
        assert.deepEqual(declared, [SERVER_PULL_DIAGNOSTICS_IDENTIFIER]);
        assert.ok(!declared.includes(PUSH_DIAGNOSTICS_COLLECTION));
    });
});

describe('the line logged when the server ends', () => {
    it('is information, not an error, for a restart the user asked for', () => {
        const r = exitReport(0, null, true);
        assert.equal(r.level, 'info');
        assert.equal(r.message, 'Attest: the server stopped (exit code 0).');
        assert.equal(logLine(r, '10:00:00'), '[Info  - 10:00:00] Attest: the server stopped (exit code 0).');
        assert.doesNotMatch(logLine(r, '10:00:00'), /Error/);
    });

    it('is information too when a stopped server had to be killed', () => {
        assert.deepEqual(exitReport(null, 'SIGKILL', true), {
            level: 'info',
            message: 'Attest: the server stopped (signal SIGKILL).',
        });
    });

    it('is an error when the server ends on its own, whatever the code', () => {
        for (const [code, signal] of [
            [0, null],
            [101, null],
            [null, 'SIGSEGV'],
        ] as const) {
            const r = exitReport(code, signal, false);
            assert.equal(r.level, 'error');
            assert.match(r.message, /exited unexpectedly/);
            assert.match(logLine(r, 't'), /^\[Error - t\]/);
        }
    });
});
