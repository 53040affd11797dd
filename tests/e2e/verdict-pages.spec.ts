import { readFileSync } from 'node:fs';
import { test, expect, open, verdictOf, ALL_SLM, APP_ORIGIN } from './fixtures';

const VERDICTS = ['slm', 'hybrid', 'llm'] as const;
const metaOf = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

/** A PNG's width, height and signature, read from its header. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  return {
    png: bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

test('each verdict has a page of its own whose preview names the verdict, with a 1200 × 630 PNG', () => {
  const titles = new Set<string>();
  for (const verdict of VERDICTS) {
    const html = readFileSync(`dist/r/${verdict}/index.html`, 'utf8');
    const title = html.match(/<title>([^<]+)<\/title>/)![1]!;
    titles.add(title);
    expect(title).toMatch(/^Recommended: .+ · SLM or LLM\?$/);
    expect(metaOf(html, 'og:title')).toBe(title);
    expect(metaOf(html, 'description')).toMatch(/never reach a server/);
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
    const image = metaOf(html, 'og:image')!;
    expect(image).toBe(`../../og/${verdict}.png`);
    expect(metaOf(html, 'og:image:type')).toBe('image/png');
    expect(pngSize(`dist/r/${verdict}/${image}`)).toEqual({ png: true, width: 1200, height: 630 });
    // The page loads the same app from two directories up.
    expect(html).toMatch(/src="\.\.\/\.\.\/assets\/index-[^"]+\.js"/);
  }
  expect(titles.size).toBe(3);
  expect(metaOf(readFileSync('dist/index.html', 'utf8'), 'og:image')).toBe('og/start.png');
  expect(pngSize('dist/og/start.png')).toEqual({ png: true, width: 1200, height: 630 });
});

test('a verdict page shows the verdict its answers give, whatever its path says', async ({ page }) => {
  await open(page, `./r/llm/${ALL_SLM}`);
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'slm');
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(
    `${APP_ORIGIN}/r/slm/${ALL_SLM}`,
  );
  await expect(page.getByRole('region', { name: 'Models to try first' })).toBeVisible();
});

test('old links without the verdict’s path open the same result, and a verdict page works from a sub-path', async ({
  page,
}) => {
  await open(page, `./${ALL_SLM}`);
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'slm');
  await open(page, `/tools/wizard/r/slm/${ALL_SLM}`);
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'slm');
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(
    `${APP_ORIGIN}/tools/wizard/r/slm/${ALL_SLM}`,
  );
  // Start over on a verdict page stays on it, at the start screen.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SLM or LLM?' })).toBeVisible();
});
