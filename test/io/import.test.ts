import { afterEach, describe, expect, it, vi } from 'vitest';

describe('importing io and report', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints nothing, leaves process.env alone, and loads no heavy dependency (no exit hooks)', async () => {
    vi.resetModules();
    const spies = [
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'info'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'error'),
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
    ];
    const env = { ...process.env };
    const exitListeners = process.listenerCount('exit');
    const io = await import('../../src/io/index.js');
    const report = await import('../../src/report/index.js');
    expect(typeof io.readRecords).toBe('function');
    expect(typeof report.renderReport).toBe('function');
    for (const s of spies) expect(s).not.toHaveBeenCalled();
    expect(process.env).toEqual(env);
    // exceljs (which hooks process exit for its temp files) is loaded only when XLSX is used.
    expect(process.listenerCount('exit')).toBe(exitListeners);
  });
});
