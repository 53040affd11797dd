/**
 * Everything the result says: reasons, constraints, conflicts, checks, tradeoffs, playbooks and next
 * steps. Loaded on demand with the result. Each claim was checked against published guidance in
 * December 2026 (docs/decisions/0006-decision-model.md and 0013-constraints-bind.md); prices, model names
 * and device limits go stale first.
 */
export const adviceData = {
  optionTexts: {
    task: {
      simple: {
        phrase: 'a simple, repetitive task',
        reason:
          'Narrow work is where a small model fine-tuned on a few hundred to a few thousand labelled examples often matches or beats a large one, at a fraction of the cost; prompted without tuning, small models usually trail large ones, so measure on your own examples. Check first whether a classic classifier or plain rules would do.',
      },
      mixed: {
        phrase: 'a mix of routine and open-ended work',
        reason:
          'The routine share suits a small model and the open-ended share needs a larger one, so a router splits the traffic between them.',
      },
      complex: {
        phrase: 'a complex or creative task',
        reason:
          'Broad knowledge without retrieval, open-ended conversation, long-context synthesis and novel situations are still where large models lead. Reasoning alone is not: some 14B reasoning models rival far larger ones on maths and science.',
      },
    },
    run: {
      device: {
        phrase: 'running offline on end users’ devices',
        reason:
          'Models that ship on phones have about 1–4B parameters (Apple’s on-device model is about 3B), and only recent, high-end devices run them well. Offline, a large model is out of reach.',
      },
      either: {
        phrase: 'usually having a connection',
        reason:
          'A usual connection allows models on servers, with an on-device path for when the connection drops. It does not limit the model size.',
      },
      cloud: {
        phrase: 'running on servers',
        reason:
          'Servers remove the size limit: a large model is possible, self-hosted if the data must stay with you. This allows a large model; it does not call for one.',
      },
    },
    speed: {
      instant: {
        phrase: 'real-time answers',
        reason:
          'A small model close to the user skips the network and the queue, so it starts first on short prompts and short outputs. Hosted fast tiers start streaming in about half a second, and total time grows with the length of the output.',
        released: {
          'on-device':
            'On the device the small model is the instant path: it answers as people type, offline too. The harder requests can go to a large model when the device is online, where a moment’s wait is expected (Apple’s on-device model with Private Cloud Compute works this way). So real-time answers do not pull the verdict down here.',
          'high-budget':
            'Real-time answers bind the routine requests, which a small model serves. With a high budget the harder ones can still go to a large model that answers in time: a fast hosted tier with reasoning off or low, or a sparse self-hosted model such as gpt-oss-120b (5.1B active parameters). So they do not pull the verdict down here; stream the answer and keep it short.',
        },
      },
      moderate: {
        phrase: 'answers within a second or two',
        reason:
          'A second or two to the first words suits hosted large models and local small ones alike. Output length drives total time, so keep answers short.',
      },
      relaxed: {
        phrase: 'slower answers being fine',
        reason:
          'Relaxed timing allows any model, and lets you use batch processing, which major providers price about 50% lower for results within 24 hours. It does not call for a large model.',
      },
    },
    budget: {
      low: {
        phrase: 'a low budget',
        reason:
          'Small models cost much less per token, and nothing per request on the user’s device (the device path costs engineering, a large download and a fallback for devices that cannot run it). At low traffic a hosted API can cost less than running any model yourself.',
        released: {
          'complex-on-device':
            'On the device the routine requests already cost nothing per request. A complex task needs a large model for the requests a small one cannot do, so a low budget is spent on those escalations alone: cap them, rather than drop the large model the task needs. So a low budget does not pull further here.',
        },
      },
      medium: {
        phrase: 'a medium budget',
        reason: 'A medium budget pays for large-model calls on the requests that need them.',
      },
      high: {
        phrase: 'a high budget',
        reason:
          'A high budget allows large models; it does not make them the better choice for work a small one does well.',
      },
    },
    privacy: {
      local: {
        phrase: 'data that must stay with you',
        reason:
          'No third-party API may see the data, so every model runs on the user’s device or on servers you run. Large open-weight models can be self-hosted (gpt-oss-120b fits one 80 GB GPU), so this rules out third parties, not large models; it adds the cost and work of running them.',
      },
      controlled: {
        phrase: 'data going only to a vetted provider',
        reason:
          'A vetted provider allows hosted models of any size. Vetting is per model and per endpoint: retention, abuse-monitoring logs and data residency differ between them.',
      },
      managed: {
        phrase: 'managed services being fine',
        reason:
          'Standard terms allow any hosted model. They still differ: free tiers may use prompts to improve the provider’s products, and output terms vary.',
      },
    },
  },
  explanations: {
    floor: '{task} needs {need}, and nothing in your answers calls for more.',
    set: '{task} needs {need}, and none of your answers stands in its way.',
    resisted:
      '{task} needs {need}. Your constraints ({constraints}) are not enough to pull it down, but they shape how you build it.',
    pulled: '{task} needs {need}, but your constraints ({constraints}) pull it down to {verdict}.',
  },
  strength: {
    clear: 'Clear fit',
    close: 'Holds, under pressure',
    pulled: 'Pulled down by your constraints',
  },
  effects: {
    sets: 'Sets the need',
    pulled: 'Pulled the verdict down',
    pressure: 'Adds pressure, not enough to move it',
    noRoom: 'Agrees: a small model already',
    none: 'Allows, changes nothing',
  },
  constraints: [
    {
      id: 'device-takes-away-large',
      when: { criterion: 'run', options: ['device'] },
      title: 'It runs on end users’ devices, so a large model can only be the online part',
      explanation:
        'Whatever must work offline is a small model that fits typical phones and laptops. A large model can answer only when the device is online and the data may leave it. Even among phones, coverage is partial: plan a fallback for devices that cannot run the model.',
    },
    {
      id: 'local-data-means-self-hosted',
      when: { criterion: 'privacy', options: ['local'] },
      title: 'The data stays with you, so any large model is one you run',
      explanation:
        'No third-party API may see the data. A large model here means open weights on servers you run, or a vendor’s on-premises offering where your policy counts that as your own. On a device with no server of yours, everything stays on the device.',
    },
  ],
  conflicts: [
    {
      id: 'complex-offline',
      when: [
        { criterion: 'task', options: ['complex'] },
        { criterion: 'run', options: ['device'] },
      ],
      // On an SLM verdict there is nothing to escalate to (device-local says so), so no large-model advice.
      for: ['hybrid'],
      title: 'A complex task on end users’ devices',
      advice:
        'On-device models are positioned for summarising, extracting and classifying, not world knowledge or complex reasoning. Narrow the offline part to what a small model does well, and send the hard cases to a large model when the device is online and the data may leave it.',
    },
    {
      id: 'device-local',
      when: [
        { criterion: 'run', options: ['device'] },
        { criterion: 'privacy', options: ['local'] },
      ],
      title: 'On devices, with data that must stay with you',
      advice:
        'There is no third party to escalate to. Hard cases can go only to a server your team runs; without one, everything the feature does has to fit the on-device model.',
    },
    {
      id: 'complex-instant',
      when: [
        { criterion: 'task', options: ['complex'] },
        { criterion: 'speed', options: ['instant'] },
      ],
      for: ['hybrid', 'llm'],
      title: 'A complex task that must answer in real time',
      advice:
        'Hosted large models start streaming in about half a second (median), but reasoning modes think for seconds first. Use a non-reasoning mode or low reasoning effort, stream, keep outputs short, cache the fixed part of the prompt, or let a small model answer at once while the large one refines. For voice, a realtime speech model (OpenAI’s GPT-Realtime models, Gemini Live) avoids chaining speech recognition, the model and speech synthesis, each with its own delay.',
    },
    {
      id: 'complex-low-budget',
      when: [
        { criterion: 'task', options: ['complex'] },
        { criterion: 'budget', options: ['low'] },
      ],
      for: ['hybrid', 'llm'],
      title: 'A complex task on a low budget',
      advice:
        'Large-model cost grows with tokens and traffic, reasoning tokens included (they are billed as output). Send routine requests to a cheaper tier, cache the repeated part of prompts (cached input is billed 90–98% below fresh input at major providers), set the lowest reasoning effort that passes, cap output length, and re-check prices often: at constant capability they have fallen about tenfold a year.',
    },
    {
      id: 'mixed-low-budget',
      when: [
        { criterion: 'task', options: ['mixed'] },
        { criterion: 'budget', options: ['low'] },
      ],
      for: ['hybrid'],
      title: 'Mixed work on a low budget',
      advice:
        'The requests that reach the large model set the bill. Measure what share escalates and cap it, cache repeated prompts, and use the cheapest tier that passes your evaluation.',
    },
    {
      id: 'mixed-low-budget-small',
      when: [
        { criterion: 'task', options: ['mixed'] },
        { criterion: 'budget', options: ['low'] },
      ],
      for: ['slm'],
      title: 'Mixed work on a small model alone',
      advice:
        'The open-ended requests are where a small model fails. Give it retrieval over your own documents, find on your evaluation set which requests it still gets wrong, and send those to a clear fallback (a person, a search result, “I can’t help with that”) rather than a wrong answer.',
    },
    {
      id: 'cloud-but-local-data',
      when: [
        { criterion: 'run', options: ['cloud'] },
        { criterion: 'privacy', options: ['local'] },
      ],
      title: 'Servers, but the data must stay with you',
      advice:
        'The servers have to be yours: open-weight models on your own machines or private cloud, or a vendor’s on-premises offering. Whether a cloud account counts as yours is a policy decision; settle it before choosing a model.',
    },
    {
      id: 'instant-cloud',
      when: [
        { criterion: 'speed', options: ['instant'] },
        { criterion: 'run', options: ['cloud'] },
      ],
      title: 'Real-time answers from servers',
      advice:
        'A round trip within a region takes tens of milliseconds; most of the wait is the queue, reading the prompt and writing the output. Pick a fast tier, keep prompts and outputs short, stream, use prompt caching, and measure the 95th-percentile time to first token and total time.',
    },
    {
      id: 'simple-high-budget',
      when: [
        { criterion: 'task', options: ['simple'] },
        { criterion: 'budget', options: ['high'] },
      ],
      title: 'A generous budget for a simple task',
      advice:
        'A large model is likely overkill: on narrow work a small model fine-tuned on your examples is often as accurate or more, and faster and cheaper. For plain classification a classic classifier may do. Spend the budget on evaluation data.',
    },
  ],
  checks: [
    {
      id: 'offline-moments',
      when: [{ criterion: 'run', options: ['either'] }],
      title: 'Plan for the moments without a connection',
      advice:
        'Decide what happens offline: a small on-device fallback, a queue, or a clear message. Not every device can run a local model, so the server path has to cover the rest.',
    },
    {
      id: 'batch-what-can-wait',
      when: [
        { criterion: 'speed', options: ['relaxed'] },
        { criterion: 'run', options: ['either', 'cloud'] },
        { criterion: 'privacy', options: ['controlled', 'managed'] },
      ],
      title: 'Batch what can wait',
      advice:
        'Batch APIs from major providers cost about 50% less and return results within 24 hours: a cost lever for background work on any model.',
    },
    {
      id: 'batch-on-your-hardware',
      when: [
        { criterion: 'speed', options: ['relaxed'] },
        { criterion: 'run', options: ['either', 'cloud'] },
        { criterion: 'privacy', options: ['local'] },
      ],
      title: 'Batch what can wait, on hardware you run',
      advice:
        'Queue background work and run it in large batches, off-peak: one GPU serves many requests at once, so a batch costs a fraction of answering each request as it comes. Nothing leaves your servers.',
    },
    {
      id: 'know-where-the-model-comes-from',
      when: [{ criterion: 'privacy', options: ['local'] }],
      title: 'Know where the model comes from',
      advice:
        'Regulated and defence buyers are often asked who made a model and under what licence: check each open-weight model’s licence, its maker’s country where your rules restrict it, and whether the weights are the maker’s own release, before it reaches an approval board.',
    },
    {
      id: 'vet-the-endpoint',
      when: [{ criterion: 'privacy', options: ['controlled'] }],
      title: 'Vet each model and endpoint, not just the provider',
      advice:
        'Some providers keep prompts in abuse-monitoring logs for up to 30 days by default; zero data retention needs approval and may exclude some models. Check retention, data residency (often priced extra) and, for US health data, a business associate agreement.',
    },
    {
      id: 'read-the-terms',
      when: [{ criterion: 'privacy', options: ['managed'] }],
      title: 'Read the terms of the tier you use',
      advice:
        'Free tiers may use prompts to improve the provider’s products; paid tiers usually do not. Terms on the use of outputs differ between providers.',
    },
  ],
  tradeoffs: [
    {
      id: 'cost',
      label: 'Cost',
      mattersWhen: { criterion: 'budget', options: ['low'] },
      slm: { rating: 5, text: 'Low' },
      llm: { rating: 2, text: 'High' },
      note: 'Per-token prices differ about 20× between a provider’s small and middle tiers (GPT-6 Luna and Sol, Claude Haiku and Sonnet) and 40–80× up to its top tier, but total cost adds hosting and engineering: at low volume a hosted API can cost less than running any model yourself.',
    },
    {
      id: 'speed',
      label: 'Speed',
      mattersWhen: { criterion: 'speed', options: ['instant'] },
      slm: { rating: 5, text: 'Very fast to start, close to the user' },
      llm: { rating: 3, text: 'Slower to start; hosted tiers stream fast' },
      note: 'Speed depends on output length and hardware as much as on size: a small model on a recent flagship phone starts at once and writes about 50 tokens a second (fewer on older phones), while hosted tiers stream 100–300.',
    },
    {
      id: 'narrow-accuracy',
      label: 'Accuracy on a narrow task',
      mattersWhen: { criterion: 'task', options: ['simple', 'mixed'] },
      slm: { rating: 5, text: 'High, once tuned or checked on your task' },
      llm: { rating: 4, text: 'Good, but sometimes overkill' },
      note: 'This holds for a small model fine-tuned or evaluated on your task; used zero-shot, small models usually trail large ones.',
    },
    {
      id: 'general-knowledge',
      label: 'General knowledge and creativity',
      mattersWhen: { criterion: 'task', options: ['mixed', 'complex'] },
      slm: { rating: 2, text: 'Limited; retrieval helps' },
      llm: { rating: 5, text: 'Strong' },
      note: 'Retrieval can supply missing knowledge, and some small reasoning models rival far larger ones on maths and science.',
    },
    {
      id: 'privacy',
      label: 'Privacy',
      mattersWhen: { criterion: 'privacy', options: ['local', 'controlled'] },
      slm: { rating: 5, text: 'Better when it runs on your hardware' },
      llm: { rating: 2, text: 'Riskier unless secured' },
      note: 'Privacy follows where the model runs and who runs it, not its size: a small model behind a third-party API is as exposed as a large one, and a self-hosted large model is as private as a small one.',
      overrides: [
        {
          when: { criterion: 'privacy', options: ['controlled'] },
          llm: { rating: 4, text: 'Secured by your vetted contract' },
        },
        {
          when: { criterion: 'privacy', options: ['local'] },
          llm: { rating: 4, text: 'Private when you run it yourself' },
        },
      ],
    },
  ],
  playbooks: {
    slm: {
      title: 'How a small model is built and deployed',
      summary: 'Lightweight models built for speed, focus and on-device execution.',
      framing:
        'The source’s nine steps. Most teams start from an existing small model and do the training steps only when prompting falls short of their evaluation target.',
      steps: [
        { title: 'Define a specific goal', description: 'Set a narrow, clear purpose for the model.' },
        { title: 'Collect targeted data', description: 'Gather only the most relevant training examples.' },
        { title: 'Handpick training samples', description: 'Use curated, high-quality data for accuracy.' },
        { title: 'Limit the knowledge scope', description: 'Focus learning on one domain or task type.' },
        {
          title: 'Optimise the training process',
          description: 'Fine-tune parameters for fast, efficient learning.',
        },
        {
          title: 'Compress and refine the model',
          description: 'Shrink its size so it runs smoothly on devices.',
          notFor: {
            when: { criterion: 'run', options: ['cloud'] },
            note: 'Not needed on servers: compress only if it cuts your hosting cost.',
          },
        },
        {
          title: 'Enable edge-based execution',
          description: 'Deploy directly on phones or small systems.',
          notFor: {
            when: { criterion: 'run', options: ['cloud'] },
            note: 'Not for you: it runs on servers. Deploy it behind your service or use a hosted small tier.',
          },
        },
        { title: 'Ensure low latency', description: 'Generate instant, real-time responses for users.' },
        {
          title: 'Deliver task-driven output',
          description: 'Produce short, accurate, goal-specific results.',
        },
      ],
    },
    llm: {
      title: 'How model makers build a large model',
      summary: 'Powerful systems trained on massive, multi-domain data for deeper reasoning.',
      framing:
        'The source’s nine steps describe how a model maker builds a large model. You start from one they trained, hosted or open-weight: their steps are marked, and yours begin at adding domain focus.',
      steps: [
        { title: 'Set a broad goal', description: 'Tackle open-ended and complex language problems.' },
        {
          title: 'Collect massive data',
          description: 'Gather diverse text from global sources online.',
          byMaker: true,
        },
        {
          title: 'Learn across domains',
          description: 'Build understanding across many topics and fields.',
          byMaker: true,
        },
        { title: 'Train with power', description: 'Use many GPUs for long training cycles.', byMaker: true },
        {
          title: 'Add domain focus',
          description:
            'Ground it in your domain with retrieval and prompts; fine-tune for areas such as law or health.',
        },
        {
          title: 'Host in the cloud',
          description: 'Run on scalable, powerful remote servers, or call a provider who does.',
          notFor: {
            when: { criterion: 'privacy', options: ['local'] },
            note: 'Not in a third party’s cloud: your data stays with you, so host it on servers you run.',
          },
        },
        { title: 'Enable parallel processing', description: 'Distribute work across many compute nodes.' },
        { title: 'Generate creative outputs', description: 'Produce context-rich, flexible responses.' },
        { title: 'Evolve with feedback', description: 'Improve accuracy and reasoning over time.' },
      ],
    },
  },
  verdicts: {
    slm: {
      title: 'Small language model (SLM)',
      short: 'SLM',
      phrase: 'a small model',
      summary:
        'Build on a small model, prompted or fine-tuned for this task, and run it where your answers allow: on the device, on your servers, or as a hosted small tier.',
    },
    hybrid: {
      title: 'Hybrid: a small model for routine work, a large one for the rest',
      short: 'Hybrid',
      phrase: 'a hybrid of a small and a large model',
      summary: 'A small model takes the routine traffic, and a router sends the rest to a large model.',
      howItFits:
        'Most documented routers decide before answering: a separately trained router scores each request, and a threshold, calibrated to the share of traffic you want the large model to take, picks the path. Cascades let the small model answer first and escalate when a separately trained scorer rejects the answer, which adds latency to every escalated request. Managed routers do this for you, and on devices the path is often chosen by availability: on the device when it can, in the cloud when it cannot. Logged escalations show where the small model falls short, but they are user data: keep them within your answer on where data may go.',
    },
    llm: {
      title: 'Large language model (LLM)',
      short: 'LLM',
      phrase: 'a large model',
      summary:
        'Build on a large model you pick rather than train: a hosted API, or open weights on servers you run when the data must stay with you, grounded in your data and improved with feedback.',
    },
  },
  nextSteps: [
    {
      title: 'Pick two or three candidates',
      description:
        'Small ones: a hosted small tier, an open-weight model you can run, or your platform’s on-device model. For plain classification, add a classic classifier as a baseline.',
      for: ['slm'],
    },
    {
      title: 'Pick a pair of candidates',
      description:
        'A small model for the routine path (on the device, self-hosted or a hosted small tier) and a large one for the rest, self-hosted if the data must stay with you.',
      for: ['hybrid'],
    },
    {
      title: 'Pick a model, do not build one',
      description:
        'A hosted API, or open weights on servers you run when the data must stay with you. Shortlist two or three.',
      for: ['llm'],
    },
    {
      title: 'Ground it in your data',
      description:
        'Give the model your knowledge with retrieval and clear prompts before you consider fine-tuning.',
      for: ['hybrid', 'llm'],
    },
    {
      title: 'Add retrieval for the open-ended share',
      description:
        'A small model answers from your documents far better than from what it remembers. Index them, give it a few relevant passages with each request, and compare answers with and without on your evaluation set.',
      for: ['slm'],
      when: [{ criterion: 'task', options: ['mixed', 'complex'] }],
    },
    {
      title: 'Set the reasoning effort, and count its tokens',
      description:
        'Many current models reason by default (GPT-6 Luna and Claude Haiku 5.5 start at medium effort; some larger tiers refuse to switch it off). Reasoning tokens are billed as output and come before the first visible word: pick the lowest effort that passes your evaluation, and count the thinking in your cost and latency figures.',
      for: ['hybrid', 'llm'],
    },
    {
      title: 'Build an evaluation set',
      description:
        'Write down measurable success criteria and label 100–500 examples from real traffic. Set the accuracy you need by weighing what an error costs against what a right answer saves: OpenAI’s model-selection guide works one such example through to a break-even of about 86%.',
      for: ['slm', 'hybrid', 'llm'],
    },
    {
      title: 'Compare the candidates side by side',
      description:
        'Run them on the same set with an evaluation tool (promptfoo, for example), start with the models listed above, and keep the smallest that passes.',
      for: ['slm', 'hybrid', 'llm'],
    },
    {
      title: 'Fine-tune only if prompting falls short',
      description:
        'On narrow work, a few hundred good examples often lift a small model above a prompted large one.',
      for: ['slm'],
    },
    {
      title: 'Choose how to route, and calibrate it',
      description:
        'Start with a trained router or simple rules, set its threshold to a target share of escalations (20–30% is a common planning figure), and check quality on your evaluation set at that share.',
      for: ['hybrid'],
    },
    {
      title: 'Add guardrails and review',
      description:
        'Human review for clinical, legal or financial output, and defences against prompt injection, which affects models of every size.',
      for: ['hybrid', 'llm'],
    },
    {
      title: 'Then optimise cost and latency',
      description:
        'Shorter outputs, prompt caching, batch processing for work that can wait, and the cheapest tier that passes. Measure the 95th percentile on the target hardware.',
      for: ['slm', 'hybrid', 'llm'],
    },
  ],
} as const;
