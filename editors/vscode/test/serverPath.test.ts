import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

import { bundledName, expandSetting, findServer, howToInstall, type LookupInput, searchPath } from '../src/serverPath';

const BUNDLED = '/ext/server/attest';

function lookup(over: Partial<LookupInput> & { files?: string[]; path?: Record<string, string> }): LookupInput {
    const files = new Set(over.files ?? []);
    return {
        setting: over.setting,
        onPath: over.onPath ?? ((command) => over.path?.[command]),
        bundled: over.bundled ?? BUNDLED,
        exists: over.exists ?? ((f) => files.has(f)),
        workspaceFolder: over.workspaceFolder,
        home: over.home,
        platform: over.platform ?? 'linux',
        remoteName: over.remoteName,
    };
}

describe('finding the server', () => {
    it('takes the setting first, over PATH and the bundled server', () => {
        const found = findServer(
            lookup({ setting: '/opt/attest', files: ['/opt/attest', BUNDLED], path: { attest: '/usr/bin/attest' } }),
        );
        assert.deepEqual(found, { found: true, path: '/opt/attest', source: 'setting' });
    });

    it('then PATH, over the bundled server', () => {
        const found = findServer(lookup({ setting: '', files: [BUNDLED], path: { attest: '/usr/bin/attest' } }));
        assert.deepEqual(found, { found: true, path: '/usr/bin/attest', source: 'path' });
    });

    it('then the bundled server', () => {
        const found = findServer(lookup({ setting: undefined, files: [BUNDLED] }));
        assert.deepEqual(found, { found: true, path: BUNDLED, source: 'bundled' });
    });

    it('says what to do when there is none', () => {
        const found = findServer(lookup({ setting: '  ' }));
        assert.equal(found.found, false);
        if (!found.found) {
            assert.equal(found.reason, 'not-found');
            assert.match(found.message, /attest\.serverPath/);
            assert.match(found.message, /PATH/);
            assert.match(found.message, /cargo install/);
        }
    });

    it('does not fall back when the setting names a missing file', () => {
        const found = findServer(
            lookup({ setting: '/nowhere/attest', files: [BUNDLED], path: { attest: '/usr/bin/attest' } }),
        );
        assert.equal(found.found, false);
        if (!found.found) {
            assert.equal(found.reason, 'setting-missing');
            assert.match(found.message, /“\/nowhere\/attest”/);
            assert.match(found.message, /clear it/);
        }
    });

    it('looks a bare command name in the setting up on PATH', () => {
        const asked: string[] = [];
        const found = findServer(
            lookup({
                setting: 'attest-dev',
                onPath: (c) => {
                    asked.push(c);
                    return c === 'attest-dev' ? '/home/me/bin/attest-dev' : undefined;
                },
            }),
        );
        assert.deepEqual(asked, ['attest-dev']);
        assert.deepEqual(found, { found: true, path: '/home/me/bin/attest-dev', source: 'setting' });
    });

    it('expands ~ and ${workspaceFolder}, and resolves a relative setting against the folder', () => {
        const where = { workspaceFolder: '/work/corpus', home: '/home/me', platform: 'linux' };
        assert.equal(expandSetting('~/.cargo/bin/attest', where), '/home/me/.cargo/bin/attest');
        assert.equal(expandSetting('${workspaceFolder}/bin/attest', where), '/work/corpus/bin/attest');
        assert.equal(expandSetting('../attest/target/release/attest', where), '/work/attest/target/release/attest');
        const found = findServer(
            lookup({ ...where, setting: 'bin/attest', files: ['/work/corpus/bin/attest'] }),
        );
        assert.deepEqual(found, { found: true, path: '/work/corpus/bin/attest', source: 'setting' });
    });

    it('expands a Windows setting', () => {
        const where = { workspaceFolder: 'C:\\corpus', home: 'C:\\Users\\me', platform: 'win32' };
        assert.equal(expandSetting('~\\bin\\attest.exe', where), 'C:\\Users\\me\\bin\\attest.exe');
        assert.equal(expandSetting('tools\\attest.exe', where), 'C:\\corpus\\tools\\attest.exe');
    });
});

describe('searching PATH', () => {
    it('returns the first directory that holds the command', () => {
        const files = new Set(['/b/attest', '/c/attest']);
        const found = searchPath('attest', { PATH: '/a::/b:/c' }, (f) => files.has(f), 'linux');
        assert.equal(found, '/b/attest');
    });

    it('returns nothing on an empty or missing PATH', () => {
        assert.equal(searchPath('attest', {}, () => true, 'linux'), undefined);
        assert.equal(searchPath('attest', { PATH: '' }, () => true, 'darwin'), undefined);
    });

    it('tries PATHEXT on Windows, and unquotes directories', () => {
        const files = new Set(['C:\\Program Files\\Attest\\attest.EXE']);
        const found = searchPath(
            'attest',
            { PATH: 'C:\\Windows;"C:\\Program Files\\Attest"', PATHEXT: '.COM;.EXE' },
            (f) => files.has(f),
            'win32',
        );
        assert.equal(found, 'C:\\Program Files\\Attest\\attest.EXE');
    });

    it('names the bundled binary per platform', () => {
        assert.equal(bundledName('win32'), 'attest.exe');
        assert.equal(bundledName('linux'), 'attest');
    });
});

describe('where to set attest.serverPath', () => {
    it('says where to set it in a local window, without claiming PATH is fixed at start', () => {
        const found = findServer(lookup({ setting: '' }));
        assert.equal(found.found, false);
        if (!found.found) {
            assert.match(found.message, /Settings → User/);
            assert.match(found.message, /attest\.serverPath/);
            assert.match(found.message, /Restart server/);
            assert.doesNotMatch(found.message, /must be on PATH when VS Code starts/);
        }
    });

    it('says the server must be on the remote machine in a remote window, and where PATH comes from', () => {
        for (const remoteName of ['ssh-remote', 'wsl', 'dev-container']) {
            const found = findServer(lookup({ setting: undefined, remoteName }));
            assert.equal(found.found, false);
            if (!found.found) {
                assert.match(found.message, new RegExp(`remote machine \\(${remoteName}\\)`));
                assert.match(found.message, /User \(or Remote/);
                assert.match(found.message, /login shell/);
                assert.doesNotMatch(found.message, /when VS Code starts/);
            }
        }
        assert.equal(howToInstall(''), howToInstall(undefined));
    });

    it('says where a wrong setting may be set', () => {
        const found = findServer(lookup({ setting: '/nowhere/attest', remoteName: 'ssh-remote' }));
        assert.equal(found.found, false);
        if (!found.found) {
            assert.match(found.message, /User, Remote or Workspace/);
            assert.match(found.message, /remote machine \(ssh-remote\)/);
        }
    });

    it('has a scope that User settings can set in a remote window (code-server, SSH, WSL, containers)', () => {
        // out/test/ → package.json. `machine` and `machine-overridable` settings in User
        // settings are ignored in a remote window; `window` ones apply everywhere.
        const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
        const setting = manifest.contributes.configuration.properties['attest.serverPath'];
        assert.equal(setting.scope, 'window');
        // A workspace may not choose the program to run until it is trusted.
        assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('attest.serverPath'));
    });
});
