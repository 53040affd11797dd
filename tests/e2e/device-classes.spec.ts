import { test, expect, open } from './fixtures';

// A phone maker's writing assistant (design.md): a hybrid whose routine path runs on end users' devices.
const ON_DEVICE = '#v=1&task=mixed&run=device&speed=instant&budget=high&privacy=controlled';
const BUNDLED = /Apple on-device foundation model|Gemini Nano/;

test('each class of device gets candidates that fit it, and the class travels in the share link', async ({
  page,
}) => {
  await open(page, `./${ON_DEVICE}`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'hybrid');
  const candidates = page.getByRole('region', { name: 'Models to try first' });
  const devices = candidates.getByRole('group', { name: 'Which end users’ devices?' });
  await expect(devices.getByRole('radio', { name: 'Phones and laptops' })).toBeChecked();
  const smallModels = () =>
    candidates
      .getByRole('heading', { level: 4 })
      .allTextContents()
      .then((names) => names.slice(0, 3));

  await devices.getByRole('radio', { name: 'Phones', exact: true }).check();
  await expect(candidates).toContainText('Candidates for phones');
  expect((await smallModels()).join(' ')).toMatch(/Gemma 4 E2B/);

  // Will it fit: the on-device model against each memory size of a phone, format by format.
  const phones = page
    .getByRole('region', { name: 'Cost and speed at your traffic' })
    .getByRole('table', { name: /^Gemma 4 E2B on phones, holding the weights and 8 MB of KV cache/ });
  await expect(phones.getByRole('row', { name: /^Q4_0 2\.9 GB/ }).getByRole('cell')).toHaveText([
    'No',
    'Tight',
    'Fits',
    'Fits',
    'Fits',
  ]);

  await devices.getByRole('radio', { name: 'Laptops and desktops' }).check();
  await expect(candidates).toContainText('Candidates for laptops and desktops');
  const gptOss = candidates
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /gpt-oss-20b/ }) });
  await expect(gptOss).toContainText(
    'Laptops and desktops: not in 8 or 16 GB, tightly in 24 GB, comfortably in 32 GB or more',
  );
  // A laptop list leads with a model a phone cannot hold.
  expect((await smallModels())[0]).toMatch(/gpt-oss-20b|Gemma 4 (26B|31B)|Qwen3/);

  await devices.getByRole('radio', { name: /Edge boxes/ }).check();
  await expect(candidates).toContainText('Candidates for edge boxes');
  expect((await smallModels()).join(' ')).not.toMatch(BUNDLED);
  // How fast: timed on the one edge box the model was measured on, and flagged against real time.
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  const speeds = estimate.getByRole('table', { name: /^Gemma 4 E2B on each device it was measured on/ });
  await expect(speeds.getByRole('rowheader')).toHaveText([/^Raspberry Pi 5 16 GB CPU/]);
  await expect(
    estimate
      .getByRole('listitem')
      .filter({ hasText: /^On the user’s device .* misses your real-time target/ }),
  ).toContainText('on the Raspberry Pi 5 16 GB (CPU), the slowest measured');

  const share = page.getByRole('textbox', { name: 'Share link' });
  await expect(share).toHaveValue(/&dev=edge$/);
  const link = await share.inputValue();
  await expect(page).toHaveURL(/dev=edge/); // a choice is in the address at once, so a reload keeps it
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Which end users’ devices?' }).getByRole('radio', { name: /Edge boxes/ }),
  ).toBeChecked();

  // A fresh visit from the shared link opens the same class.
  await page.goto(link);
  await expect(page.getByRole('radio', { name: /Edge boxes/ })).toBeChecked();
  expect((await smallModels()).join(' ')).not.toMatch(BUNDLED);
});
