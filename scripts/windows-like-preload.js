// Windows-like conditions on Linux, for scripts/windows-like.ts (npm run windows-like).
// Preloaded with --import (NODE_OPTIONS) into the test processes, and added to the command line of
// every Node process they spawn with a clean environment (the action, which the tests run with
// only the variables a runner sets), it makes Node behave as it does on Windows where a test or
// the action can tell:
//
// - os.EOL is '\r\n': @actions/core ends every workflow command, log line and file command
//   (GITHUB_OUTPUT, GITHUB_ENV, the step summary) with it.
// - No O_NOFOLLOW: Windows has none (fs.constants.O_NOFOLLOW is undefined there). The constant
//   cannot be removed from Node's fs.constants, so the flag is stripped from every open instead:
//   the kernel then follows links, as Windows would.
//
// What it cannot make Windows-like: process.platform, path separators, file modes (chmod), and
// what the network stack does with a full accept queue. See CONTRIBUTING.md.
import childProcess from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';

Object.defineProperty(os, 'EOL', { value: '\r\n', writable: false, enumerable: true, configurable: true });

const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;
/** An open's flags without O_NOFOLLOW (flags given as a string, 'r', never hold it). */
const followingLinks = (flags) => (typeof flags === 'number' ? flags & ~NO_FOLLOW : flags);
const { open, openSync } = fs;
const openPromise = fs.promises.open;
Object.assign(fs, {
  openSync: (path, flags, ...rest) => openSync(path, followingLinks(flags), ...rest),
  open: (path, flags, ...rest) => open(path, followingLinks(flags), ...rest),
});
Object.assign(fs.promises, { open: (path, flags, ...rest) => openPromise(path, followingLinks(flags), ...rest) });

// The action runs in a clean environment (simulator/runner.ts), without NODE_OPTIONS: give every
// Node child this preload on its command line.
const { spawn } = childProcess;
Object.assign(childProcess, {
  spawn: (command, args, ...rest) =>
    spawn(command, command === process.execPath && Array.isArray(args) ? ['--import', import.meta.url, ...args] : args, ...rest),
});

// The named exports of node:fs, node:os and node:child_process that ES modules import.
syncBuiltinESMExports();
