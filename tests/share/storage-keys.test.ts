import { describe, expect, it } from 'vitest';
import { EMBED_KEY, embedKey, PROGRESS_KEY } from '../../src/share/storage-keys';

// Saved progress in people's browsers is read back by these keys, so they never change.
describe('storage keys', () => {
  it('keep the app’s progress under one key, and each embed’s under its own slot', () => {
    expect(PROGRESS_KEY).toBe('slm-or-llm');
    expect(EMBED_KEY).toBe('slm-or-llm:embed');
    expect(embedKey(null)).toBe('slm-or-llm:embed');
    expect(embedKey('/docs/guide:0')).toBe('slm-or-llm:embed:/docs/guide:0');
  });
});
