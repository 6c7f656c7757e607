/**
 * `npm run manifest:slack`: rewrites the slash commands of `manifest.json` from the command definitions
 * (descriptions and usage hints), keeping the rest of the file. Run it after adding or renaming a command;
 * tests/slack/manifest.test.ts fails until the file matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withDerivedSlashCommands } from './manifest.js';

const file = process.argv[2] ?? 'manifest.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
writeFileSync(file, `${JSON.stringify(withDerivedSlashCommands(manifest), null, 2)}\n`);
process.stdout.write(`Updated the slash commands in ${file}.\n`);
