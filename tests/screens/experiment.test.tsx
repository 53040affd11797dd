// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findResult, renderApp } from '../render-app';

const COST_TABLE = 'Monthly cost, cost per 1,000 requests and time to answer, by way of running it';

afterEach(cleanup);

const HYBRID = '#v=1&task=mixed&run=either&speed=moderate&budget=medium&privacy=controlled';

// The sections load on demand: the first test in a run waits for the module graph to be compiled.
const region = (name: string) => screen.findByRole('region', { name }, { timeout: 5000 });
const monthlyOf = (table: HTMLElement, path: RegExp) =>
  within(within(table).getByRole('rowheader', { name: path }).closest('tr')!).getAllByRole('cell')[0]!
    .textContent;

describe('the first experiment on the result', () => {
  it('names a small routine pair and a large escalation pair for a hybrid, with dated figures and sources', async () => {
    renderApp({ hash: HYBRID });
    await findResult();
    const candidates = await region('Models to try first');
    expect(
      within(candidates).getByRole('heading', { name: 'For the routine path: small models' }),
    ).toBeInTheDocument();
    expect(
      within(candidates).getByRole('heading', { name: 'For escalations: large models' }),
    ).toBeInTheDocument();
    const gemma = within(candidates)
      .getByRole('heading', { name: /Gemma 4 E2B/ })
      .closest('li')!;
    expect(within(gemma).getByText('Apache-2.0')).toBeInTheDocument();
    expect(gemma).toHaveTextContent('2.9 GB (2 Apr 2026)');
    expect(within(gemma).getByRole('link', { name: /LiteRT-LM: Gemma 4/ })).toHaveAttribute(
      'href',
      'https://ai.google.dev/edge/litert-lm/models/gemma-4',
    );
    expect(candidates).toHaveTextContent(/advice, not an endorsement/);
    expect(candidates).toHaveTextContent(/checked on 29 Nov 2026/);
  });

  it('estimates every path the answers allow, follows the traffic typed in, and puts it in the share link', async () => {
    const user = userEvent.setup();
    renderApp({ hash: HYBRID });
    await findResult();
    const estimate = await region('Cost and speed at your traffic');
    const table = within(estimate).getByRole('table', { name: COST_TABLE });
    expect(monthlyOf(table, /Hosted small tier \(GPT-6 Luna\)/)).toBe('$76.04');
    // Half the users' devices run the small model; the other half use the hosted small tier.
    expect(monthlyOf(table, /^Hybrid: 38% on the user’s device, 38% hosted small tier, 25%/)).toBe('$409');
    expect(estimate).toHaveTextContent(/costs the same as GPT-6 Luna at about 260,000 requests a day/);

    const requests = within(estimate).getByRole('textbox', { name: 'Requests per day' });
    await user.type(requests, '20000');
    expect(monthlyOf(table, /Hosted small tier/)).toBe('$152');
    expect(screen.getByRole('textbox', { name: 'Share link' })).toHaveValue(
      `http://localhost:3000/r/hybrid/${HYBRID}&rpd=20000`,
    );

    // Prices are assumptions too: the person's own replace the catalogue's, and travel in the link.
    await user.clear(requests);
    const price = within(estimate).getByRole('textbox', {
      name: 'Hosted small tier, input (US$ per million tokens)',
    });
    expect(price).toHaveAttribute('placeholder', '0.1');
    await user.type(price, '1');
    expect(monthlyOf(table, /Hosted small tier/)).toBe('$350');
    expect(estimate).toHaveTextContent(
      /GPT-6 Luna at OpenAI: \$0.10 in and \$0.50 out per million tokens, cached input \$0.01 \(you set input \$1.00\)/,
    );
    expect(screen.getByRole('textbox', { name: 'Share link' })).toHaveValue(
      `http://localhost:3000/r/hybrid/${HYBRID}&sin=1`,
    );
    await user.clear(price);

    await user.type(requests, '12x');
    expect(requests).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(estimate).getByText(/Not used: enter a whole number from 1 to 1,000,000,000/),
    ).toBeInTheDocument();
    expect(monthlyOf(table, /Hosted small tier/)).toBe('$76.04');
  });

  it('opens a link’s estimate inputs, and follows a what-if change to new candidates', async () => {
    const user = userEvent.setup();
    renderApp({ hash: `${HYBRID}&tout=600&esc=40` });
    await findResult();
    const estimate = await region('Cost and speed at your traffic');
    expect(within(estimate).getByRole('textbox', { name: /Share that escalates/ })).toHaveValue('40');
    expect(estimate).toHaveTextContent(
      '10,000 requests a day, 1,000 tokens in and 600 out per request, 40% of them escalated',
    );

    const whatIf = screen.getByRole('region', { name: 'What if?' });
    await user.click(within(whatIf).getByRole('radio', { name: /it stays with us/i }));
    // The verdict answers at once; the sections below follow once it has painted.
    const candidates = screen.getByRole('region', { name: 'Models to try first' });
    await waitFor(() =>
      expect(within(candidates).queryByRole('heading', { name: /GPT-6.2 Sol/ })).toBeNull(),
    );
    expect(within(candidates).getByRole('heading', { name: /gpt-oss-120b/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Cost and speed at your traffic' })).queryByText(/Hosted/),
    ).toBeNull();
  });

  it('narrows the device path to the class of device chosen, and keeps it in the share link', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&task=mixed&run=device&speed=instant&budget=high&privacy=controlled' });
    await findResult();
    const candidates = await region('Models to try first');
    const devices = within(candidates).getByRole('group', { name: 'Which end users’ devices?' });
    expect(within(devices).getByRole('radio', { name: 'Phones and laptops' })).toBeChecked();
    expect(candidates).toHaveTextContent('Until you choose, the candidates cover phones and laptops.');

    await user.click(within(devices).getByRole('radio', { name: 'Laptops and desktops' }));
    const first = within(candidates).getAllByRole('heading', { level: 4 })[0]!;
    expect(first).toHaveTextContent(/gpt-oss-20b|Gemma 4 26B A4B|Gemma 4 31B|Qwen3/); // more than a phone holds
    await user.click(within(devices).getByRole('radio', { name: /Edge boxes/ }));
    expect(candidates).not.toHaveTextContent('Apple on-device foundation model');
    expect(candidates).not.toHaveTextContent('Gemini Nano');
    expect(within(candidates).getByRole('heading', { name: /Gemma 4 E2B/ })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the address follows once typing pauses
    expect(window.location.hash).toContain('dev=edge');
  });

  it('says which memory sizes of the chosen devices hold each on-device model', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&task=mixed&run=device&speed=instant&budget=high&privacy=controlled' });
    await findResult();
    const candidates = await region('Models to try first');
    const e4b = within(candidates)
      .getByRole('heading', { name: /Gemma 4 E4B/ })
      .closest('li')!;
    expect(e4b).toHaveTextContent(
      'Fits in memoryPhones: not in 4, 6, or 8 GB, comfortably in 12 GB or more' +
        'Laptops and desktops: comfortably in 8 GB or more',
    );
    const estimate = await region('Cost and speed at your traffic');
    // A table per class of device: a row per format Gemma 4 E2B ships in, a column per memory size.
    const fitTable = (name: RegExp) => within(estimate).getByRole('table', { name });
    const row = (table: HTMLElement, format: string) =>
      within(table)
        .getAllByRole('row')
        .filter((r) => within(r).queryByRole('rowheader', { name: new RegExp(`^${format} `) }))
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        );
    const phones = fitTable(
      /^Gemma 4 E2B on phones, holding the weights and 8 MB of KV cache for one request, in 50% of each memory size$/,
    );
    expect(
      within(phones)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Format', '4 GB', '6 GB', '8 GB', '12 GB', '16 GB']);
    expect(row(phones, 'Mobile')).toEqual([['Fits', 'Fits', 'Fits', 'Fits', 'Fits']]);
    expect(row(phones, 'Q4_0')).toEqual([['No', 'Tight', 'Fits', 'Fits', 'Fits']]);
    expect(row(phones, 'SFP8')).toEqual([['No', 'No', 'No', 'Tight', 'Fits']]);
    expect(row(phones, 'BF16')).toEqual([['No', 'No', 'No', 'No', 'No']]);

    await user.click(within(candidates).getByRole('radio', { name: /Edge boxes/ }));
    expect(row(fitTable(/^Gemma 4 E2B on edge boxes/), 'Q4_0')).toEqual([['Tight', 'Fits', 'Fits']]);
    expect(within(estimate).queryByRole('table', { name: /on phones/ })).toBeNull();
  });

  it('times the on-device model on each device it was measured on, against the speed asked for', async () => {
    const user = userEvent.setup();
    // A keyboard's suggestions on end users' devices, answers of 150 tokens wanted in real time.
    renderApp({ hash: '#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local&tout=150' });
    await findResult();
    const estimate = await region('Cost and speed at your traffic');
    const table = () =>
      within(estimate).getByRole('table', {
        name: 'Gemma 4 E2B on each device it was measured on, at your request',
      });
    const rows = () =>
      within(table())
        .getAllByRole('row')
        .slice(1)
        .map((r) => [
          within(r).getByRole('rowheader').textContent,
          ...within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ]);
    expect(rows()).toEqual([
      ['Galaxy S26 Ultra GPU', '0.1 s', '3.0 s', 'slower than your target'],
      ['iPhone 17 Pro GPU', '0.2 s', '2.9 s', 'slower than your target'],
      ['MacBook Pro M4 GPU', '0.1 s', '1.0 s', 'within your target'],
      [
        'Windows laptop, Intel Lunar Lake GPUSlowest, used in the estimate',
        '0.1 s',
        '3.3 s',
        'slower than your target',
      ],
      ['Linux desktop, GeForce RTX 4090 GPU', 'under 0.1 s', '1.1 s', 'within your target'],
    ]);
    expect(estimate).toHaveTextContent(
      'users’ devices at least as fast as the Linux desktop, GeForce RTX 4090 (GPU), which takes under 0.1 s to the first token and 1.1 s in all',
    );

    await user.click(within(await region('Models to try first')).getByRole('radio', { name: /Edge boxes/ }));
    // 500 / 133 = 3.8 s to the first token on a Raspberry Pi 5, and 150 more at 8 a second.
    expect(rows()).toEqual([
      ['Raspberry Pi 5 16 GB CPUSlowest, used in the estimate', '3.8 s', '22.5 s', 'slower than your target'],
    ]);
    const device = within(estimate)
      .getByRole('rowheader', { name: /^On the user’s device/ })
      .closest('tr')!;
    expect(
      within(device)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(2),
    ).toEqual(['3.8 s', '22.5 s']);
  });

  it('asks which devices only when the answers have a device path', async () => {
    renderApp({ hash: '#v=1&task=complex&run=cloud&speed=relaxed&budget=high&privacy=managed' });
    await findResult();
    const candidates = await region('Models to try first');
    expect(within(candidates).queryByRole('group', { name: 'Which end users’ devices?' })).toBeNull();
    // Nothing runs on end users' devices, so no model is measured against them.
    expect(candidates).not.toHaveTextContent('Fits in memory');
  });

  it('draws cost against traffic and memory against the GPU, each with its words or a table', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&task=complex&run=cloud&speed=moderate&budget=high&privacy=managed&rpd=5000' });
    await findResult();
    const estimate = await region('Cost and speed at your traffic');
    const chart = within(estimate).getByRole('img', { name: /^Monthly cost against requests a day/ });
    expect(chart).toHaveAccessibleName(/Your traffic, 5,000 a day, is drawn as a vertical line/);
    expect(chart).toHaveAccessibleName(/gpt-oss-120b on one GPU = GPT-6.2 Sol at about [\d,]+ a day/);
    await user.click(within(estimate).getByText('Show the costs as a table'));
    const table = within(estimate).getByRole('table', {
      name: 'Monthly cost by requests a day, for each way of running it',
    });
    expect(within(table).getByRole('rowheader', { name: '100,000,000' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Hosted large model' })).toBeInTheDocument();
    expect(estimate).toHaveTextContent(
      /gpt-oss-120b on one H100 SXM 80 GB: 62 GB of weights and [\d.]+ MB of KV cache for one request, against 72 GB usable of 80 GB: it fits one GPU, tightly\./,
    );
  });

  it('draws a hybrid as the estimate splits it, beside the ways of running each part', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&task=mixed&run=cloud&speed=moderate&budget=medium&privacy=managed' });
    expect(await findResult()).toHaveAttribute('data-verdict', 'hybrid');
    const estimate = await region('Cost and speed at your traffic');
    const legend = within(estimate)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(legend).toContain('Hybrid, as you split it');
    // Its cheapest path costs under $1 a month at 100 requests a day: the lowest tick reads $0.1.
    const chart = within(estimate).getByRole('img', { name: /^Monthly cost against requests a day/ });
    expect(within(chart).getByText('$0.1')).toBeInTheDocument();
    await user.click(within(estimate).getByText('Show the costs as a table'));
    const table = within(estimate).getByRole('table', {
      name: 'Monthly cost by requests a day, for each way of running it',
    });
    expect(within(table).getByRole('columnheader', { name: 'Hybrid, as you split it' })).toBeInTheDocument();
  });
});
