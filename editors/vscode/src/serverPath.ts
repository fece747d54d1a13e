// Where the `attest` binary is: the `attest.serverPath` setting, else `attest` on PATH, else
// the binary bundled in the extension's `server/` folder.
//
// Pure: the file system and the environment come in as arguments, so that the order is
// unit-tested under plain Node, for Windows as for Unix.

import * as path from 'node:path';

export type ServerSource = 'setting' | 'path' | 'bundled';

export type ServerLookup =
    | { found: true; path: string; source: ServerSource }
    | { found: false; reason: 'setting-missing' | 'not-found'; message: string };

export interface LookupInput {
    /** `attest.serverPath` as set: a path, a command name, or empty. */
    setting: string | undefined;
    /** `attest` (or any command name) on PATH, or undefined. */
    onPath: (command: string) => string | undefined;
    /** The absolute path a bundled server would have. */
    bundled: string;
    /** Whether a runnable file is at this path. */
    exists: (file: string) => boolean;
    /** To resolve a relative or `${workspaceFolder}` setting; the first workspace folder. */
    workspaceFolder?: string;
    /** To expand a leading `~`. */
    home?: string;
    platform?: string;
    /**
     * `vscode.env.remoteName` (`ssh-remote`, `wsl`, `dev-container`, …) when the extension
     * runs on another machine than the window, as in Remote-SSH, WSL, containers and
     * code-server; undefined in a local window.
     */
    remoteName?: string;
}

export const SERVER_COMMAND = 'attest';

function pathModule(platform: string | undefined): path.PlatformPath {
    return platform === 'win32' ? path.win32 : path.posix;
}

/** The setting as a file path: `~` and `${workspaceFolder}` expanded, relative to the folder. */
export function expandSetting(setting: string, input: Pick<LookupInput, 'workspaceFolder' | 'home' | 'platform'>): string {
    const p = pathModule(input.platform);
    let file = setting.trim();
    if (input.workspaceFolder !== undefined) {
        file = file.split('${workspaceFolder}').join(input.workspaceFolder);
    }
    if (input.home !== undefined && (file === '~' || file.startsWith('~/') || file.startsWith('~\\'))) {
        file = p.join(input.home, file.slice(1));
    }
    if (!p.isAbsolute(file) && input.workspaceFolder !== undefined) {
        file = p.resolve(input.workspaceFolder, file);
    }
    return file;
}

function isBareCommand(setting: string): boolean {
    return !/[\\/]/.test(setting) && !setting.startsWith('~') && !setting.includes('${');
}

/**
 * Where to set `attest.serverPath` and how to put `attest` on PATH, for this kind of window.
 *
 * `attest.serverPath` has the scope `window`, so that User settings apply in every window: a
 * `machine` or `machine-overridable` setting in User settings is greyed out in a remote
 * window ("cannot be applied in this window") and only Remote settings count there. In a
 * remote window the PATH is the remote machine's, read from its login shell when the remote
 * server starts, not the PATH VS Code itself was started with.
 */
export function howToInstall(remoteName: string | undefined): string {
    const build =
        'In the Attest sources, `cargo build --release` builds target/release/attest, or ' +
        '`cargo install --path .` puts `attest` in ~/.cargo/bin.';
    if (remoteName !== undefined && remoteName !== '') {
        return (
            `This window runs the extension on a remote machine (${remoteName}): the server must be there. ` +
            build +
            ' Then set attest.serverPath to its full path on that machine, in Settings → User (or Remote, or Workspace), ' +
            'or put its folder on PATH in that machine’s login shell profile (~/.profile) and restart the remote connection. ' +
            'Then run “Attest: Restart server”.'
        );
    }
    return (
        build +
        ' Then set attest.serverPath to its full path in Settings → User (or Workspace), ' +
        'or have ~/.cargo/bin on the PATH that VS Code is started with (a VS Code started from the desktop reads it from your login shell profile, ~/.profile). ' +
        'Then run “Attest: Restart server”.'
    );
}

/** The server to run, in the documented order, or what the user should do. */
export function findServer(input: LookupInput): ServerLookup {
    const setting = input.setting?.trim() ?? '';
    if (setting !== '') {
        if (isBareCommand(setting)) {
            const onPath = input.onPath(setting);
            if (onPath !== undefined) {
                return { found: true, path: onPath, source: 'setting' };
            }
        }
        const file = expandSetting(setting, input);
        if (input.exists(file)) {
            return { found: true, path: file, source: 'setting' };
        }
        return {
            found: false,
            reason: 'setting-missing',
            message:
                `Attest: attest.serverPath is “${setting}”, but there is no server there` +
                (file !== setting ? ` (looked for ${file})` : '') +
                '. Correct the setting (Settings → search “attest.serverPath”; it may be set in User, Remote or Workspace settings), ' +
                'or clear it to use `attest` from PATH.' +
                (input.remoteName ? ` The path is looked up on the remote machine (${input.remoteName}).` : ''),
        };
    }
    const onPath = input.onPath(SERVER_COMMAND);
    if (onPath !== undefined) {
        return { found: true, path: onPath, source: 'path' };
    }
    if (input.exists(input.bundled)) {
        return { found: true, path: input.bundled, source: 'bundled' };
    }
    return {
        found: false,
        reason: 'not-found',
        message:
            'Attest: no language server found: attest.serverPath is not set, `attest` is not on PATH, ' +
            'and this extension has no bundled server. ' +
            howToInstall(input.remoteName),
    };
}

/**
 * `command` on a PATH string, like `which`: the first directory holding it. On Windows, the
 * extensions of PATHEXT are tried too (`attest.exe`).
 */
export function searchPath(
    command: string,
    env: { PATH?: string; PATHEXT?: string },
    exists: (file: string) => boolean,
    platform: string | undefined,
): string | undefined {
    const p = pathModule(platform);
    const windows = platform === 'win32';
    const dirs = (env.PATH ?? '').split(windows ? ';' : ':').filter((d) => d !== '');
    const extensions = windows
        ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '')]
        : [''];
    for (const dir of dirs) {
        for (const ext of extensions) {
            // `attest` is not runnable as such on Windows: only with an extension.
            if (windows && ext === '' && p.extname(command) === '') {
                continue;
            }
            const file = p.join(dir.replace(/^"(.*)"$/, '$1'), command + ext);
            if (exists(file)) {
                return file;
            }
        }
    }
    return undefined;
}

/** The file name of the bundled server on this platform. */
export function bundledName(platform: string | undefined): string {
    return platform === 'win32' ? `${SERVER_COMMAND}.exe` : SERVER_COMMAND;
}
