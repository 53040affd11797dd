// @vitest-environment jsdom
import { ResultJsonSchema } from '../../src/share/result-json-schema';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findResult, renderApp } from '../render-app';
import { loadQuestions } from '../../src/rules/rules';
import { questionsData } from '../../src/rules/questions-data';
import { memoryStorage } from '../memory-storage';

afterEach(cleanup);

const ALL_SLM = '#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local';

async function answer(user: ReturnType<typeof userEvent.setup>, label: RegExp) {
  await user.click(screen.getByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: /next|see the result/i }));
}

describe('the start screen', () => {
  it('says what the tool does, promises privacy and starts the first question', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'SLM or LLM?' })).toBeInTheDocument();
    expect(screen.getByText(/nothing leaves your browser/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /embed this wizard/i })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Start' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'What kind of task will the model do?' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Question 1 of 5', { selector: 'p:not([role])' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Question 1 of 5');
  });

  it('offers to continue saved progress, and asks before clearing it', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    storage.setItem(
      'slm-or-llm',
      JSON.stringify({ state: { answers: { task: 'simple' }, stashed: null, shortcuts: true }, version: 1 }),
    );
    renderApp({ storage });
    await user.click(screen.getByRole('button', { name: 'Start afresh' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This clears your 1 saved answers');
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    await user.click(
      screen.getByRole('button', { name: /continue where you left off \(1 of 5 answered\)/i }),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Where must it run?' })).toHaveFocus();
  });
});

describe('the questions', () => {
  it('are native radio groups named by criterion id, with the contract values', () => {
    renderApp({ hash: '#v=1&step=run' });
    const group = screen.getByRole('group', { name: 'Where must it run?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => [r.getAttribute('name'), r.getAttribute('value')])).toEqual([
      ['run', 'device'],
      ['run', 'either'],
      ['run', 'cloud'],
    ]);
  });

  it('walks all five by mouse to a result with data-verdict', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: 'Start' }));
    await answer(user, /simple and repetitive/i);
    await answer(user, /on end users’ devices, offline/i);
    await answer(user, /instantly, in real time/i);
    await answer(user, /^low/i);
    await answer(user, /it stays with us/i);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Small language model (SLM)' });
    expect(heading).toHaveFocus();
    expect(heading.closest('[data-verdict]')).toHaveAttribute('data-verdict', 'slm');
    expect(window.location.hash).toBe(ALL_SLM);
  });

  it('asks for an answer instead of moving on without one', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&step=task' });
    await user.click(screen.getByRole('button', { name: /next/i }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose one of the three answers to continue');
    expect(
      screen.getByRole('heading', { level: 1, name: 'What kind of task will the model do?' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'What kind of task will the model do?' }),
    ).toHaveAccessibleDescription(/Choose one of the three answers/);
  });

  it('takes the keyboard: arrows browse without submitting, Enter submits', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&step=task' });
    await user.click(screen.getByRole('radio', { name: /simple and repetitive/i }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /a mix of routine/i })).toBeChecked();
    expect(
      screen.getByRole('heading', { level: 1, name: 'What kind of task will the model do?' }),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Where must it run?' })).toHaveFocus();
  });

  it('picks an option with the number keys, which can be switched off', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&step=speed' });
    await user.keyboard('3');
    expect(screen.getByRole('radio', { name: /slower is ok/i })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /number keys 1–3 choose an answer/i }));
    await user.keyboard('1');
    expect(screen.getByRole('radio', { name: /slower is ok/i })).toBeChecked();
  });

  it('moves on one question at a time when reviewing earlier answers', async () => {
    const user = userEvent.setup();
    renderApp({ hash: `${ALL_SLM}&step=run` });
    await user.click(screen.getByRole('button', { name: /next/i }));
    expect(screen.getByRole('heading', { level: 1, name: 'How fast must it answer?' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: /instantly, in real time/i })).toBeChecked();
  });

  it('goes back a step with Back, keeping the answer', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&task=complex&step=run' });
    await user.click(screen.getByRole('button', { name: /back/i }));
    expect(screen.getByRole('radio', { name: /complex or creative/i })).toBeChecked();
  });
});

describe('the result', () => {
  it('explains the verdict: the need, the pull, what changed nothing, next steps, tradeoffs, table, playbook', async () => {
    renderApp({ hash: '#v=1&task=complex&run=device&speed=relaxed&budget=high&privacy=managed' });
    const verdict = await findResult();
    expect(verdict).toHaveAttribute('data-verdict', 'hybrid');
    expect(within(verdict).getByText('Pulled down by your constraints')).toBeInTheDocument();
    expect(
      within(verdict).getByText(/^A complex or creative task needs a large model, but your constraints/),
    ).toBeInTheDocument();
    const ladder = within(verdict).getByRole('list', { name: 'From a small model to a large one' });
    expect(
      within(ladder)
        .getAllByRole('listitem')
        .map((rung) => rung.textContent),
    ).toEqual(['SLM', 'Hybrid✓ Recommended', 'LLM○ Your task needs this']);
    expect(within(verdict).getByText(/Advice as of December 2026/)).toBeInTheDocument();

    const why = screen.getByRole('region', { name: 'Why' });
    const group = (name: string) =>
      screen.getByRole('heading', { level: 3, name }).nextElementSibling as HTMLElement;
    expect(within(why).getAllByRole('listitem')).toHaveLength(5);
    expect(within(group('What your task needs')).getByText('Sets the need')).toBeInTheDocument();
    expect(
      within(group('Constraints that can pull it down')).getByText('Pulled the verdict down'),
    ).toBeInTheDocument();
    expect(
      within(group('Constraints that can pull it down')).getByText(/Caps it at Hybrid; 1 point of pull/),
    ).toBeInTheDocument();
    expect(
      within(group('Answers that changed nothing')).getAllByText('Allows, changes nothing'),
    ).toHaveLength(3);
    expect(why).not.toHaveTextContent(/toward LLM|points to/i);

    const watch = screen.getByRole('region', { name: 'Watch out' });
    expect(within(watch).getByText('A complex task on end users’ devices')).toBeInTheDocument();
    expect(within(watch).getByText('Read the terms of the tier you use')).toBeInTheDocument();

    const next = screen.getByRole('region', { name: 'What your team does next' });
    expect(within(next).getByText('Pick a pair of candidates.')).toBeInTheDocument();

    const chart = screen.getByRole('img', { name: /Tradeoffs, rated 1 to 5/ });
    expect(chart).toHaveAccessibleName(/Cost: SLM low, 5 of 5; LLM high, 2 of 5/);
    expect(screen.getByRole('table', { name: /tradeoff ratings/i })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'The source’s decision table, with your answers' });
    expect(within(table).getAllByText('✓ Your answer')).toHaveLength(5);

    const playbook = screen.getByRole('region', { name: 'The source’s playbook' });
    expect(within(playbook).getAllByRole('checkbox')).toHaveLength(18);
    expect(within(playbook).getAllByText('The model maker’s work')).toHaveLength(3);
    expect(within(playbook).getByText(/separately trained router/)).toBeInTheDocument();
  });

  it('follows a what-if change at once, lists flip points and can go back', async () => {
    const user = userEvent.setup();
    renderApp({ hash: ALL_SLM });
    await findResult();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Small language model (SLM)');
    expect(screen.getByText(/^Constraint pull: 3 points/)).toHaveTextContent(
      'Constraint pull: 3 points, where 2 take off one level (at most one).',
    );
    const whatIf = screen.getByRole('region', { name: 'What if?' });
    expect(
      within(whatIf).getByText(/no single change of answer would change this verdict/i),
    ).toBeInTheDocument();

    await user.click(within(whatIf).getByRole('radio', { name: /complex or creative/i }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Small language model (SLM)');
    await user.click(within(whatIf).getByRole('radio', { name: /on servers/i }));
    await user.click(within(whatIf).getByRole('radio', { name: /a second or two/i }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hybrid');
    expect(within(whatIf).getAllByRole('button', { name: /^try it/i }).length).toBeGreaterThan(0);

    await user.click(within(whatIf).getByRole('button', { name: 'Back to my original answers' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Small language model (SLM)');
  });

  it('applies a flip point with Try it', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&task=mixed&run=either&speed=moderate&budget=medium&privacy=controlled' });
    await findResult();
    const whatIf = screen.getByRole('region', { name: 'What if?' });
    const flip = within(whatIf).getByText(/If task were “Complex or creative”, this would become/);
    expect(flip).toHaveTextContent('Large language model (LLM)');
    await user.click(within(whatIf).getByRole('button', { name: /try it: task “complex or creative”/i }));
    expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'llm');
  });

  it('shares a standalone link and copies a Markdown decision record', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp({ hash: ALL_SLM });
    await findResult();
    const link = screen.getByRole('textbox', { name: 'Share link' });
    expect(link).toHaveValue(`http://localhost:3000/r/slm/${ALL_SLM}`);
    expect(link).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenLastCalledWith(`http://localhost:3000/r/slm/${ALL_SLM}`);
    expect(await screen.findByText('Link copied.')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Decision record copied as Markdown.')).toBeInTheDocument();
    const markdown = writeText.mock.lastCall![0] as string;
    expect(markdown).toMatch(/^# Decision: Small language model \(SLM\)\n/);
    expect(markdown).toContain(`- Reproduce: http://localhost:3000/r/slm/${ALL_SLM}`);
    expect(markdown).toMatch(/- Date: \d{4}-\d{2}-\d{2}/);
    expect(markdown).toContain('- Advice as of December 2026, rules version 2026.12.1');
    expect(markdown).toContain(
      '| Where must it run? | On end users’ devices, offline | Agrees: a small model already (pull 1) |',
    );
    expect(markdown).toContain('9. **Deliver task-driven output**');

    await user.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    expect(await screen.findByText('Result copied as JSON.')).toBeInTheDocument();
    const json: unknown = JSON.parse(writeText.mock.lastCall![0] as string);
    expect(ResultJsonSchema.parse(json)).toMatchObject({
      format: 'slm-or-llm/result',
      version: 1,
      link: `http://localhost:3000/r/slm/${ALL_SLM}`,
      answers: { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' },
      verdict: 'slm',
      basis: { rulesVersion: '2026.12.1', profile: null },
    });
  });

  it('asks before starting over, and keeps the answers when told to', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: ALL_SLM });
    await findResult();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(Object.keys(store!.getState().answers)).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(screen.getByRole('heading', { level: 1, name: 'SLM or LLM?' })).toHaveFocus();
    expect(store!.getState().answers).toEqual({});
  });
});

describe('bad input', () => {
  it('explains a bad answer in a link, keeps the others and opens the open question', async () => {
    renderApp({ hash: '#v=1&task=moon&run=device&speed=instant&budget=low&privacy=local' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "This link had an answer we don't recognise (task=moon), so that question is still open.We kept the other four answers.",
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'What kind of task will the model do?' }),
    ).toBeInTheDocument();
    expect(document.querySelector('[data-verdict]')).toBeNull();
  });

  it('shows no verdict for a link from a newer version', async () => {
    renderApp({ hash: '#v=7&task=simple&run=device&speed=instant&budget=low&privacy=local' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/made by a newer version/);
    expect(document.querySelector('[data-verdict]')).toBeNull();
  });

  it('never runs markup from a link', async () => {
    renderApp({ hash: '#v=1&task=%3Cimg%20src%3Dx%20onerror%3D%22window.hacked%3D1%22%3E' });
    expect(await screen.findByRole('alert')).toHaveTextContent('task=<img src=x onerror="window.hacked=1">');
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps saved answers that differ from a link, and can swap to them', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    storage.setItem(
      'slm-or-llm',
      JSON.stringify({
        state: { answers: { task: 'complex', run: 'cloud' }, stashed: null, shortcuts: true },
        version: 1,
      }),
    );
    renderApp({ hash: ALL_SLM, storage });
    expect(await findResult()).toHaveAttribute('data-verdict', 'slm');
    const notice = await screen.findByText(/another set of answers is kept/i);
    expect(notice).toHaveTextContent('This page shows the answers from the link.');
    const [kept] = within(screen.getByRole('list', { name: 'Answers kept aside' })).getAllByRole('listitem');
    expect(kept).toHaveTextContent(
      'Your answers saved in this browser earlier: ' +
        'Complex or creative; On servers: a provider’s cloud or your own (2 of 5 answered)',
    );
    const switchTo = screen.getByRole('button', { name: 'Switch to these' });
    expect(switchTo).toHaveAccessibleDescription(/^Your answers saved in this browser earlier: Complex/);
    await user.click(switchTo);
    expect(screen.getByRole('heading', { level: 1, name: 'How fast must it answer?' })).toBeInTheDocument();
    // The link's answers are set aside in turn, labelled as the link's.
    expect(screen.getByRole('list', { name: 'Answers kept aside' })).toHaveTextContent(
      /^Answers from a link you opened, .*: Simple and repetitive;/,
    );
    await user.click(screen.getByRole('button', { name: 'Forget these' }));
    expect(screen.queryByText(/kept in this browser until you choose/i)).not.toBeInTheDocument();
  });

  it('shows an error screen, never a verdict, when the questions are invalid', async () => {
    const broken = structuredClone(questionsData) as unknown as {
      criteria: { options: { pull: number }[] }[];
    };
    broken.criteria[2]!.options[0]!.pull = -1;
    renderApp({ hash: ALL_SLM, rulesLoad: loadQuestions(broken) });
    expect(
      await screen.findByRole('heading', { name: 'The decision rules could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText('criteria.2.options.0.pull: Must be at least 0')).toBeInTheDocument();
    expect(document.querySelector('[data-verdict]')).toBeNull();
  });
});

describe('history', () => {
  it('pushes one entry per step and reads Back from the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    const start = window.history.length;
    await user.click(screen.getByRole('link', { name: 'Start' }));
    await answer(user, /simple and repetitive/i);
    expect(window.history.length).toBe(start + 2);
    expect(window.location.hash).toBe('#v=1&task=simple&step=run');
    act(() => window.history.back());
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: /what kind of task/i })).toBeInTheDocument(),
    );
    expect(screen.getByRole('radio', { name: /simple and repetitive/i })).toBeChecked();
  });

  it('takes a link pasted into the address bar as an opened link, keeping the answers it replaces', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: 'Start' }));
    await answer(user, /a mix of routine/i);
    // A new entry the app did not write, as typing a link into this tab makes.
    act(() => {
      window.location.hash = ALL_SLM;
    });
    expect(await findResult()).toHaveAttribute('data-verdict', 'slm');
    expect(
      within(screen.getByRole('list', { name: 'Answers kept aside' })).getByRole('listitem'),
    ).toHaveTextContent(
      /^Your answers saved in this browser, .*: A mix of routine and open-ended \(1 of 5 answered\)/,
    );
  });
});

describe('when the browser refuses', () => {
  it('keeps working when history writes throw, as browsers do after too many', async () => {
    const user = userEvent.setup();
    const refuse = () => {
      throw new DOMException(
        'Attempt to use history.pushState() more than 100 times per 30 seconds',
        'SecurityError',
      );
    };
    renderApp({ hash: '#v=1&task=simple&run=device&speed=instant&budget=low&step=privacy' });
    vi.spyOn(window.history, 'pushState').mockImplementation(refuse);
    vi.spyOn(window.history, 'replaceState').mockImplementation(refuse);
    await answer(user, /it stays with us/i);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Small language model (SLM)' }),
    ).toBeInTheDocument();
  });
});
