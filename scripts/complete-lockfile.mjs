// Adds lockfile entries for optional, platform-specific binaries (turbo, swc, ...) that
// `npm install` left out because the registry it reached did not serve them (this
// project's build machines reach a registry mirror without the macOS and Windows
// builds). Without those entries `npm ci` refuses the lockfile as out of sync. Each entry
// carries its os/cpu/libc, so npm skips it on other platforms without fetching it.
// Run after `npm install`: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = [
  ['darwin', 'darwin'],
  ['win32', 'win32'],
  ['windows', 'win32'],
  ['linux', 'linux'],
  ['android', 'android'],
  ['freebsd', 'freebsd'],
  ['openharmony', 'openharmony'],
];
const CPU = [
  ['arm64', 'arm64'],
  ['x64', 'x64'],
  ['ia32', 'ia32'],
  ['ppc64', 'ppc64'],
  ['s390x', 's390x'],
  ['riscv64', 'riscv64'],
  ['loong64', 'loong64'],
  ['-arm-', 'arm'],
  ['-64', 'x64'],
];

function platformOf(name) {
  const tail = name.split('/').pop() + '-';
  const os = OS.find(([key]) => tail.includes(key))?.[1];
  const cpu = CPU.find(([key]) => tail.includes(key))?.[1];
  if (!os || !cpu) return null;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux' && tail.includes('musl')) entry.libc = ['musl'];
  else if (os === 'linux' && tail.includes('gnu')) entry.libc = ['glibc'];
  return entry;
}

function resolves(from, dep) {
  let base = from;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (!base) return false;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

let added = 0;
for (const [key, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    if (resolves(key, dep)) continue;
    const platform = platformOf(dep);
    if (!platform) {
      console.warn(`left out ${dep}: cannot tell its platform from its name`);
      continue;
    }
    packages[`node_modules/${dep}`] = {
      version,
      ...(pkg.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
