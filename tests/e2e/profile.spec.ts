import { readFileSync } from 'node:fs';
import { test, expect, open, verdictOf, APP_ORIGIN, ORGANISATION_ORIGIN } from './fixtures';

/*
 * An organisation's own wizard: the build of `npm run build:example`, with profiles/example.json. The profile
 * changes the candidates, the figures and the words around them, never the verdict.
 */
const example = JSON.parse(readFileSync('profiles/example.json', 'utf8')) as {
  models: { allow: string[] };
  privacy: Record<string, string>;
  links: { title: string; url: string }[];
};
const MIXED_ON_SERVERS = '#v=1&task=mixed&run=cloud&speed=moderate&budget=medium&privacy=controlled';

test('a link gives the same verdict on the organisation’s build as on the public one', async ({ page }) => {
  for (const hash of [
    MIXED_ON_SERVERS,
    '#v=1&task=complex&run=cloud&speed=relaxed&budget=high&privacy=local',
  ]) {
    await open(page, `${APP_ORIGIN}/${hash}`);
    const publicVerdict = await verdictOf(page).getAttribute('data-verdict');
    await open(page, `${ORGANISATION_ORIGIN}/${hash}`);
    await expect(verdictOf(page)).toHaveAttribute('data-verdict', publicVerdict!);
  }
});

test('the result follows the profile: its models, prices, GPUs, traffic, policy and pages', async ({
  page,
}) => {
  await open(page, `${ORGANISATION_ORIGIN}/${MIXED_ON_SERVERS}`);
  const candidates = page.getByRole('region', { name: 'Models to try first' });
  await expect(candidates.getByText('Follows Example Corp’s profile')).toBeVisible();
  await expect(candidates.getByText(example.privacy.controlled!)).toBeVisible();
  const owned = candidates.getByText(/^Example Corp owns 16 × H100 SXM 80 GB/);
  await expect(owned).toContainText(/Self-hosted small model .* needs 1 at the peak: within the 16 owned\./);
  // Only allowed models: the public build's hosted small tier is not among them; the negotiated price shows.
  await expect(candidates.getByRole('heading', { name: /Claude Haiku 5\.5/ })).toBeVisible();
  await expect(candidates.getByText(/GPT-6 Luna/)).toHaveCount(0);
  await expect(candidates.getByText(/\$0\.80 in, \$4\.00 out per million tokens/)).toBeVisible();

  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  await expect(estimate.getByText('Default 20,000; empty the field to use it.')).toBeVisible();
  await expect(estimate.getByText('Default 1.85; empty the field to use it.')).toBeVisible();

  // At thirty million requests a day the owned GPUs are not enough, and the note says by how many.
  await open(page, `${ORGANISATION_ORIGIN}/${MIXED_ON_SERVERS}&rpd=30000000`);
  await expect(owned).toContainText(
    /needs [\d,]+ at the peak: [\d,]+ more than the 16 owned, to buy or rent\./,
  );

  for (const link of example.links)
    await expect(page.getByRole('link', { name: link.title })).toHaveAttribute('href', link.url);
});

test('the privacy question says what each answer means at the organisation', async ({ page }) => {
  await open(
    page,
    `${ORGANISATION_ORIGIN}/#v=1&task=mixed&run=cloud&speed=moderate&budget=medium&step=privacy`,
  );
  for (const sentence of Object.values(example.privacy)) await expect(page.getByText(sentence)).toBeVisible();
  // The public build says nothing of the kind.
  await open(page, `${APP_ORIGIN}/#v=1&task=mixed&run=cloud&speed=moderate&budget=medium&step=privacy`);
  await expect(page.getByText(example.privacy.local!)).toHaveCount(0);
});

test('the build publishes the catalogue it recommends from, with the profile applied', async ({
  request,
}) => {
  const published = (await (await request.get(`${ORGANISATION_ORIGIN}/catalogue.json`)).json()) as {
    profile: { name: string };
    models: { id: string }[];
  };
  expect(published.profile.name).toBe('Example Corp');
  expect(published.models.map((m) => m.id).sort()).toEqual(
    [...example.models.allow, 'example-support-8b'].sort(),
  );
  const publicCatalogue = (await (await request.get(`${APP_ORIGIN}/catalogue.json`)).json()) as {
    profile: null;
    models: unknown[];
  };
  expect(publicCatalogue.profile).toBeNull();
  expect(publicCatalogue.models.length).toBeGreaterThan(20);
});
