// Regenerates public/og/*.png, the 1200 × 630 preview images of the start page and each verdict's page,
// in the app's own colours and type (its built stylesheet). Run `npm run build` first, then commit them.
import { mkdirSync, readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { shipped } from './shipped-tables';
import { VERDICT_ORDER, type Verdict } from '../src/rules/schema';

const { rules } = shipped;

const COLOUR: Record<Verdict, string> = { slm: 'var(--slm)', hybrid: 'var(--accent)', llm: 'var(--llm)' };

function Card({ verdict }: { verdict: Verdict | null }) {
  const text = verdict ? rules.verdicts[verdict] : null;
  return (
    <main
      style={{
        width: 1200,
        height: 630,
        boxSizing: 'border-box',
        padding: 64,
        display: 'flex',
        flexDirection: 'column',
      }}
      className="bg-page text-ink"
    >
      <p style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 34, fontWeight: 700, margin: 0 }}>
        <svg width="56" height="56" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--accent)" />
          <circle cx="20" cy="16" r="6" fill="none" stroke="var(--accent-ink)" strokeWidth="3" />
          <circle cx="9" cy="16" r="3" fill="var(--accent-ink)" />
        </svg>
        SLM or LLM?
      </p>
      <div
        className="bg-surface"
        style={{
          marginTop: 40,
          flex: 1,
          borderRadius: 28,
          border: `6px solid ${verdict ? COLOUR[verdict] : 'var(--line)'}`,
          padding: 48,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
        }}
      >
        <p className="text-ink-muted" style={{ margin: 0, fontSize: 26, fontWeight: 700, letterSpacing: 2 }}>
          {verdict ? 'RECOMMENDATION' : 'FIVE QUESTIONS, ONE DEFENSIBLE ANSWER'}
        </p>
        <p
          style={{
            margin: '12px 0 0',
            fontSize: verdict === 'hybrid' ? 54 : 68,
            fontWeight: 800,
            lineHeight: 1.1,
          }}
        >
          {text ? text.title : 'A small language model, a large one, or a hybrid?'}
        </p>
        <p className="text-ink-muted" style={{ margin: '24px 0 0', fontSize: 28, lineHeight: 1.35 }}>
          {text
            ? 'Open the link for the answers behind it and why.'
            : 'Answer five questions and see why, answer by answer. Nothing leaves your browser.'}
        </p>
      </div>
    </main>
  );
}

// The built stylesheet, inlined into a blank page, so the card has the app's colours, type and dark tokens.
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
  string,
  { css?: string[] }
>;
const css = readFileSync(`dist/${manifest['index.html']!.css![0]}`, 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  mkdirSync('public/og', { recursive: true });
  for (const verdict of [null, ...VERDICT_ORDER]) {
    const body = renderToStaticMarkup(<Card verdict={verdict} />);
    await page.setContent(
      `<!doctype html><html lang="en"><head><style>${css}</style></head><body style="margin:0">${body}</body></html>`,
    );
    await page.screenshot({ path: `public/og/${verdict ?? 'start'}.png` });
  }
  console.log('wrote public/og/start.png, slm.png, hybrid.png and llm.png');
} finally {
  await browser.close();
}
