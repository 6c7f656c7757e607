import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

const problems = (value: string) => {
  try {
    loadConfig({ UTBLICK_RETENTION_DAYS: value });
    return [];
  } catch (error) {
    return error instanceof ConfigError ? error.problems : ['not a ConfigError'];
  }
};

describe('UTBLICK_RETENTION_DAYS', () => {
  it('is 90 days unless set, also when set to nothing', () => {
    expect(loadConfig({}).retentionDays).toBe(90);
    expect(loadConfig({ UTBLICK_RETENTION_DAYS: ' ' }).retentionDays).toBe(90);
    expect(loadConfig({ UTBLICK_RETENTION_DAYS: '30' }).retentionDays).toBe(30);
  });

  it.each([
    ['ninety', 'must be a number of days such as 90'],
    ['7.5', 'must be a whole number of days such as 90'],
    ['0', 'must be at least 1 day (the default is 90)'],
    ['-3', 'must be at least 1 day (the default is 90)'],
    ['99999', 'must be at most 3650 days'],
  ])('refuses %s with a sentence naming the variable', (value, message) => {
    const [problem] = problems(value);
    expect(problem).toContain('UTBLICK_RETENTION_DAYS');
    expect(problem).toContain(message);
  });
});
