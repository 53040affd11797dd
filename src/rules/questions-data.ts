/**
 * The five questions and the decision model: what the first screen needs. The advice the result shows
 * lives in advice-data.ts and loads with the result. Built from "SLM vs LLM model — which AI model is
 * best for you?" (2025-11-18), checked against published guidance (docs/decisions/0006-decision-model.md).
 * Edit here, then run `npm test`: the schema, the engine's properties and the golden file show the effect.
 */
export const questionsData = {
  version: '2026.12.1',
  asOf: '2026-12',
  source: 'SLM vs LLM model — which AI model is best for you? (2025-11-18)',
  // The task sets the need; constraints pull it down: two points take off one level, at most one level.
  model: { needFrom: 'task', pullPerLevel: 2, maxPullLevels: 1 },
  criteria: [
    {
      id: 'task',
      title: 'Task',
      question: 'What kind of task will the model do?',
      help: 'Think of the typical request, not the rare hardest one. This answer sets what the model must be able to do.',
      options: [
        {
          id: 'simple',
          label: 'Simple and repetitive',
          description:
            'Narrow, well-defined work with a predictable shape of answer: classify, extract, tag, complete.',
          example: 'Tagging support tickets, extracting fields from invoices, suggesting the next word.',
          need: 'slm',
          pull: 0,
        },
        {
          id: 'mixed',
          label: 'A mix of routine and open-ended',
          description: 'Mostly routine requests, with some that need broader knowledge or longer reasoning.',
          example: 'A help-desk assistant that answers FAQs but sometimes drafts a custom reply.',
          need: 'hybrid',
          pull: 0,
        },
        {
          id: 'complex',
          label: 'Complex or creative',
          description:
            'Open-ended problems, broad world knowledge, long documents, multi-step planning, or code across unfamiliar codebases.',
          example: 'A research assistant, drafting long documents, coding help across many domains.',
          need: 'llm',
          pull: 0,
        },
      ],
    },
    {
      id: 'run',
      title: 'Run',
      question: 'Where must it run?',
      help: 'Machines your team owns and runs (an on-premises server, a workstation bought for the job) are servers, not devices.',
      options: [
        {
          id: 'device',
          label: 'On end users’ devices, offline',
          description:
            'It must work on your users’ phones, browsers, ordinary laptops or embedded boxes, with or without a network.',
          example: 'A field-service app used in basements, a keyboard that suggests words.',
          pull: 1,
          capsAt: 'hybrid',
        },
        {
          id: 'either',
          label: 'Either; a connection is usually there',
          description:
            'It runs in an app that can reach a server most of the time, and should cope when it cannot.',
          example: 'A mobile app that is online most of the day.',
          pull: 0,
        },
        {
          id: 'cloud',
          label: 'On servers: a provider’s cloud or your own',
          description:
            'It runs on servers: a provider’s API, your cloud account, or machines you own, including air-gapped ones.',
          example: 'A web app, a back-office batch job, an on-premises assistant.',
          pull: 0,
        },
      ],
    },
    {
      id: 'speed',
      title: 'Speed',
      question: 'How fast must it answer?',
      help: 'Count what the user waits for: the time to the first words and the time to the whole answer.',
      options: [
        {
          id: 'instant',
          label: 'Instantly, in real time',
          description:
            'Short answers that must appear within a few hundred milliseconds, as people type or play.',
          example: 'Autocomplete, suggestions while typing, in-game characters.',
          pull: 1,
          // Real time binds the routine path, which a small model serves; the large path for harder requests
          // stays where it can still meet it: online from a device, or a fast tier on servers with the budget.
          releasedWhen: [
            { id: 'on-device', when: [{ criterion: 'run', options: ['device'] }] },
            { id: 'high-budget', when: [{ criterion: 'budget', options: ['high'] }] },
          ],
        },
        {
          id: 'moderate',
          label: 'A second or two is fine',
          description:
            'People wait briefly, as for a search result; streaming makes longer replies feel quick.',
          example: 'A chat assistant that streams its reply.',
          pull: 0,
        },
        {
          id: 'relaxed',
          label: 'Slower is OK',
          description: 'Seconds or minutes are acceptable, or the work runs in the background.',
          example: 'Nightly report summaries, document review queues.',
          pull: 0,
        },
      ],
    },
    {
      id: 'budget',
      title: 'Budget',
      question: 'What is the budget for running it?',
      help: 'Think of the price per request times your requests per day, not just the first month.',
      options: [
        {
          id: 'low',
          label: 'Low',
          description: 'Each request must cost next to nothing at your traffic.',
          example: 'A free consumer app with millions of requests a day.',
          pull: 1,
          // On a device the routine share costs nothing per request; a complex task keeps its online large
          // model, with escalations capped, since without it the task cannot be done.
          releasedWhen: [
            {
              id: 'complex-on-device',
              when: [
                { criterion: 'run', options: ['device'] },
                { criterion: 'task', options: ['complex'] },
              ],
            },
          ],
        },
        {
          id: 'medium',
          label: 'Medium',
          description: 'You can pay for large-model calls where they earn their keep.',
          example: 'A paid product whose premium features call a large model.',
          pull: 0,
        },
        {
          id: 'high',
          label: 'High',
          description: 'Quality matters more than cost per request.',
          example: 'An internal tool for experts, or low traffic with high value per answer.',
          pull: 0,
        },
      ],
    },
    {
      id: 'privacy',
      title: 'Privacy',
      question: 'Where may the data go?',
      help: 'Consider the most sensitive data a user might type or upload, and what your contracts and policies say about it.',
      options: [
        {
          id: 'local',
          label: 'It stays with us: no third party',
          description:
            'No third party may receive it: it stays on the user’s device or on servers your team runs.',
          example: 'A contract that forbids sub-processors, air-gapped or classified work.',
          pull: 1,
        },
        {
          id: 'controlled',
          label: 'A vetted provider under contract',
          description: 'It may go to a provider you have vetted, under a data-processing agreement.',
          example: 'Patient notes sent to a HIPAA-eligible endpoint under a business associate agreement.',
          pull: 0,
        },
        {
          id: 'managed',
          label: 'Managed services are fine',
          description: 'It may go to a managed cloud service under its standard terms.',
          example: 'Public web content, marketing copy, anonymised text.',
          pull: 0,
        },
      ],
    },
  ],
} as const;
