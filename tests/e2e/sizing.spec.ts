import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';

const COST_TABLE = 'Monthly cost, cost per 1,000 requests and time to answer, by way of running it';

// An on-premises research assistant: the data stays local, so the large path is gpt-oss-120b on GPUs you own.
const LOCAL_LLM = '#v=1&task=complex&run=cloud&speed=moderate&budget=high&privacy=local';
/** GPUs at the peak once the estimate shows this traffic (a link opened in the same page renders it after). */
const gpusIn = async (page: Page, traffic: RegExp) => {
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  await expect(estimate).toContainText(traffic);
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
  const atScale = await gpusIn(page, /30,000,000 requests a day, 1,000 tokens in/);
  expect(atScale).toBeGreaterThanOrEqual(10);

  await open(page, `./${LOCAL_LLM}&rpd=1000000&tin=1000`);
  const short = await gpusIn(page, /1,000,000 requests a day, 1,000 tokens in/);
  await open(page, `./${LOCAL_LLM}&rpd=1000000&tin=20000`);
  expect(await gpusIn(page, /1,000,000 requests a day, 20,000 tokens in/)).toBeGreaterThan(short);

  // The arithmetic is one click away, and the sizing inputs are editable.
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  await estimate.getByText('Every assumption, with its source and date').click();
  await expect(estimate).toContainText(/gpt-oss-120b on (one GPU|\d GPUs together): 62 GB of weights/);
  await expect(estimate.getByRole('textbox', { name: /Busiest hour/ })).toBeVisible();
});

test('with local data the GPUs are yours by default, and the GPU and how it is paid for travel in the link', async ({
  page,
}) => {
  await open(page, `./${LOCAL_LLM}`);
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  const table = estimate.getByRole('table', { name: COST_TABLE });
  await expect(estimate.getByRole('radio', { name: 'Bought and run yourself' })).toBeChecked();
  await expect(table).toContainText('Self-hosted large model on your own H100 SXM 80 GB GPUs');
  await expect(table).not.toContainText(/hosted large model \(|rented/i);
  await expect(estimate.getByRole('textbox', { name: /GPU purchase price/ })).toBeVisible();
  await expect(estimate.getByRole('textbox', { name: /GPU rent per hour/ })).toHaveCount(0);

  // An L4 holds 24 GB: gpt-oss-120b is split over several, and the count follows.
  const before = await gpusIn(page, /10,000 requests a day/);
  await estimate.getByRole('radio', { name: 'L4 24 GB' }).check();
  await expect(table).toContainText('on your own L4 24 GB GPUs');
  const onL4 = await gpusIn(page, /10,000 requests a day/);
  expect(onL4).toBeGreaterThan(before);
  await estimate.getByRole('radio', { name: 'Rented by the hour' }).check();
  await expect(table).toContainText('on rented L4 24 GB GPUs');
  await expect(page).toHaveURL(/&hw=l4&pay=rent/);

  // Served at 16 bits, gpt-oss-120b's weights take 234 GB, not 62: more than eight L4s hold, so not priced.
  const weights = estimate.getByRole('group', { name: 'Weights served in' });
  await expect(weights.getByRole('radio', { name: 'Each model’s own' })).toBeChecked();
  await weights.getByRole('radio', { name: '16-bit (BF16)' }).check();
  await expect(weights).toContainText('Weights: gpt-oss-120b 234 GB');
  await expect(table).toContainText('does not fit on 8 GPUs: not priced');
  await expect(page).toHaveURL(/&prec=bf16/);

  // The link opens the same choices in a fresh page.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'L4 24 GB' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Rented by the hour' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '16-bit (BF16)' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /GPU rent per hour/ })).toHaveAttribute(
    'placeholder',
    '0.8',
  );
});

test('the cost and memory pictures have words a screen reader reads, and a table', async ({ page }) => {
  await open(page, `./${LOCAL_LLM}&hw=l4&rpd=200000`);
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  await expect(
    estimate.getByRole('img', { name: /^Monthly cost against requests a day/ }),
  ).toHaveAccessibleName(/Your traffic, 200,000 a day/);
  await expect(estimate).toContainText(
    /gpt-oss-120b on one L4 24 GB: 62 GB of weights .* it needs several GPUs to hold it\./,
  );
  await estimate.getByText('Show the costs as a table').click();
  await expect(estimate.getByRole('table', { name: /Monthly cost by requests a day/ })).toBeVisible();
});
