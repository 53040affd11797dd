import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';

// An on-premises research assistant: the data stays local, so the large path is gpt-oss-120b on rented GPUs.
const LOCAL_LLM = '#v=1&task=complex&run=cloud&speed=moderate&budget=high&privacy=local';
const gpusIn = async (page: Page) => {
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  const note = await estimate
    .getByText(/GPUs? at the peak/)
    .first()
    .textContent();
  return Number(note!.match(/(\d[\d,]*) GPUs? at the peak/)![1]!.replace(/,/g, ''));
};

test('a self-hosted large path needs many GPUs at 30 million requests a day, and more for long prompts', async ({
  page,
}) => {
  await open(page, `./${LOCAL_LLM}&rpd=30000000&tin=1000`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'llm');
  const atScale = await gpusIn(page);
  expect(atScale).toBeGreaterThanOrEqual(10);

  await open(page, `./${LOCAL_LLM}&rpd=1000000&tin=1000`);
  const short = await gpusIn(page);
  await open(page, `./${LOCAL_LLM}&rpd=1000000&tin=20000`);
  expect(await gpusIn(page)).toBeGreaterThan(short);

  // The arithmetic is one click away, and the sizing inputs are editable.
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  await estimate.getByText('Every assumption, with its source and date').click();
  await expect(estimate).toContainText(/gpt-oss-120b on (one GPU|\d GPUs together): 62 GB of weights/);
  await expect(estimate.getByRole('textbox', { name: /Busiest hour/ })).toBeVisible();
});
