import { expect, it } from 'vitest';
import { capitalise, fill, listed } from '../../src/engine/text';

it('fills a template’s placeholders, leaves one without a value empty, and starts with a capital', () => {
  expect(fill('{who} picks {what}{missing}.', { who: 'the team', what: 'a small model' })).toBe(
    'The team picks a small model.',
  );
  expect(fill('{who} picks {what}.', { who: 'a team', what: 'one' })).toBe('A team picks one.');
});

it('lists phrases as a sentence does', () => {
  expect(listed([])).toBe('');
  expect(listed(['a'])).toBe('a');
  expect(listed(['a', 'b'])).toBe('a and b');
  expect(listed(['a', 'b', 'c'])).toBe('a, b and c');
});

it('capitalises only the first letter', () => {
  expect(capitalise('sLM')).toBe('SLM');
  expect(capitalise('')).toBe('');
});
