/**
 * The zip writer (scripts/lib/zip.mjs): CRC-32 against known values, and archives that real
 * unzippers read back byte for byte — Python's zipfile (testzip checks every CRC) and Info-ZIP
 * `unzip` when installed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { itNeeds } from '../support/prerequisites';
import { createZip, crc32, dosDateTime } from '../../scripts/lib/zip.mjs';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const python = ['python3', 'python'].find((p) => has(p, ['-c', 'import zipfile']));
const unzip = has('unzip', ['-v']) ? 'unzip' : null;

const files = [
  { name: '導入手順.txt', data: '﻿自治体テレワーク推進ナビ\r\n日本語のファイル名\r\n' },
  { name: 'site/', data: '' },
  { name: 'site/index.html', data: '<!doctype html><html lang="ja"><title>x</title>' + 'テレワーク'.repeat(500) },
  { name: 'site/_astro/random.bin', data: randomBytes(5000) },
  { name: 'site/empty.txt', data: '' },
];

describe('zip の書き出し', () => {
  it('CRC-32 が既知の値と一致する', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('日時を MS-DOS 形式にする', () => {
    const { date, time } = dosDateTime(new Date(2025, 0, 31, 13, 45, 58));
    expect(date).toBe(((2025 - 1980) << 9) | (1 << 5) | 31);
    expect(time).toBe((13 << 11) | (45 << 5) | 29);
  });

  it('危ない名前（.. を含む）と重複を拒む', () => {
    expect(() => createZip([{ name: '../x', data: 'a' }])).toThrow();
    expect(() => createZip([{ name: 'a', data: '1' }, { name: 'a', data: '2' }])).toThrow();
  });

  itNeeds({ 'python3（zipfile）': !!python })('Python の zipfile で開け、CRC が正しく、内容と日本語の名前がそのまま戻る', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      for (const compress of [true, false]) {
        const zipPath = join(dir, `t-${compress}.zip`);
        writeFileSync(zipPath, createZip(files, { compress }));
        const script = [
          'import zipfile, sys, json, base64',
          'z = zipfile.ZipFile(sys.argv[1])',
          'print(json.dumps({"bad": z.testzip(), "files": {i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}, "methods": sorted({i.compress_type for i in z.infolist()})}))',
        ].join('\n');
        const r = spawnSync(python!, ['-c', script, zipPath], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        const out = JSON.parse(r.stdout) as { bad: string | null; files: Record<string, string>; methods: number[] };
        expect(out.bad).toBeNull();
        expect(Object.keys(out.files)).toEqual(files.map((f) => f.name));
        for (const f of files) expect(Buffer.from(out.files[f.name]!, 'base64').equals(Buffer.from(f.data))).toBe(true);
        expect(out.methods).toEqual(compress ? [0, 8] : [0]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  itNeeds({ 'unzip（Info-ZIP）': !!unzip })('unzip -t で検査でき、展開した内容が一致する', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      const zipPath = join(dir, 't.zip');
      writeFileSync(zipPath, createZip(files));
      const t = spawnSync('unzip', ['-t', zipPath], { encoding: 'utf8' });
      expect(t.status, t.stdout + t.stderr).toBe(0);
      expect(t.stdout).toMatch(/No errors detected/);
      const x = spawnSync('unzip', ['-q', zipPath, '-d', join(dir, 'out')], { encoding: 'utf8' });
      expect(x.status, x.stderr).toBe(0);
      expect(readFileSync(join(dir, 'out', 'site', 'index.html'), 'utf8')).toBe(files[2]!.data);
      expect(readFileSync(join(dir, 'out', 'site', '_astro', 'random.bin')).equals(files[3]!.data as Buffer)).toBe(true);
      expect(readFileSync(join(dir, 'out', '導入手順.txt'), 'utf8')).toBe(files[0]!.data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
